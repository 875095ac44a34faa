"""Learner accounts: the custom user, consent records and personal API tokens."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person using Sauat; logs in with an e-mail address.

    Region, settlement type, age group and gender are optional and kept only while the person has
    consented to them (see ConsentRecord.Purpose.DEMOGRAPHICS); analytics group literacy gains by them.
    """

    class Language(models.TextChoices):
        KAZAKH = "kk", "Қазақша"
        RUSSIAN = "ru", "Русский"
        ENGLISH = "en", "English"

    class Region(models.TextChoices):
        ABAI = "abai", _("Abai region")
        AKMOLA = "akmola", _("Akmola region")
        AKTOBE = "aktobe", _("Aktobe region")
        ALMATY_REGION = "almaty-region", _("Almaty region")
        ATYRAU = "atyrau", _("Atyrau region")
        EAST_KZ = "east-kazakhstan", _("East Kazakhstan region")
        ZHAMBYL = "zhambyl", _("Zhambyl region")
        ZHETYSU = "zhetysu", _("Zhetysu region")
        WEST_KZ = "west-kazakhstan", _("West Kazakhstan region")
        KARAGANDA = "karaganda", _("Karaganda region")
        KOSTANAY = "kostanay", _("Kostanay region")
        KYZYLORDA = "kyzylorda", _("Kyzylorda region")
        MANGYSTAU = "mangystau", _("Mangystau region")
        PAVLODAR = "pavlodar", _("Pavlodar region")
        NORTH_KZ = "north-kazakhstan", _("North Kazakhstan region")
        TURKISTAN = "turkistan", _("Turkistan region")
        ULYTAU = "ulytau", _("Ulytau region")
        ASTANA = "astana", _("Astana")
        ALMATY = "almaty", _("Almaty")
        SHYMKENT = "shymkent", _("Shymkent")
        ABROAD = "abroad", _("Outside Kazakhstan")

    class Settlement(models.TextChoices):
        URBAN = "urban", _("City or town")
        RURAL = "rural", _("Village or rural area")

    class AgeBand(models.TextChoices):
        UNDER_18 = "under-18", _("Under 18")
        AGE_18_24 = "18-24", _("18–24")
        AGE_25_34 = "25-34", _("25–34")
        AGE_35_44 = "35-44", _("35–44")
        AGE_45_54 = "45-54", _("45–54")
        AGE_55_64 = "55-64", _("55–64")
        AGE_65_PLUS = "65-plus", _("65 or older")

    class Gender(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")
        OTHER = "other", _("Another gender")

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    display_name = models.CharField(_("display name"), max_length=150, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices, default=Language.KAZAKH
    )
    region = models.CharField(_("region"), max_length=32, choices=Region.choices, blank=True)
    settlement_type = models.CharField(_("settlement type"), max_length=8, choices=Settlement.choices, blank=True)
    # Optional, consent-gated like region (analytics groups gains by them; exports use the band only).
    age_band = models.CharField(_("age group"), max_length=8, choices=AgeBand.choices, blank=True)
    gender = models.CharField(_("gender"), max_length=8, choices=Gender.choices, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.display_name or self.email

    def get_full_name(self):
        return self.display_name or self.email

    def get_short_name(self):
        return self.display_name or self.email.split("@")[0]

    def has_consent(self, purpose):
        latest = self.consents.filter(purpose=purpose).order_by("-recorded_at", "-pk").first()
        return bool(latest and latest.granted)

    def clear_demographics(self):
        """Forget region, settlement type, age group and gender, as when demographics consent is withdrawn."""
        self.region = ""
        self.settlement_type = ""
        self.age_band = ""
        self.gender = ""
        self.save(update_fields=["region", "settlement_type", "age_band", "gender"])


class ConsentRecord(models.Model):
    """One decision by one person: what they agreed to (or withdrew), which text version, when.

    Rows are never edited: a withdrawal is a new row with granted=False.
    """

    class Purpose(models.TextChoices):
        TERMS = "terms", _("Terms of use and privacy notice")
        DEMOGRAPHICS = "demographics", _("Region and settlement type for statistics")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(max_length=32, choices=Purpose.choices)
    text_version = models.CharField(max_length=32)
    granted = models.BooleanField()
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")

    def __str__(self):
        return f"{self.user_id} {self.purpose} {self.text_version} {self.granted}"
