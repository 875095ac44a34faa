"""Home page, catalogue, about page, menu and footer texts."""

HOME = {
    "title": {"kk": "Sauat", "ru": "Sauat", "en": "Sauat"},
    "hero_title": {
        "kk": "Өз құқығыңды біл — тегін, өз тіліңде",
        "ru": "Знайте свои права — бесплатно и на своём языке",
        "en": "Know your rights — free, in your language",
    },
    "hero_text": {
        "kk": "Sauat — тұтынушы құқықтары, тегін заң көмегі, дербес деректер мен жасанды интеллект туралы "
        "қысқа курстар. Телефоннан оқыңыз, тест тапсырыңыз, сертификат алыңыз.",
        "ru": "Sauat — короткие курсы о правах потребителей, бесплатной юридической помощи, персональных "
        "данных и искусственном интеллекте. Учитесь с телефона, проходите тесты, получайте сертификаты.",
        "en": "Sauat offers short courses on consumer rights, free legal aid, personal data and artificial "
        "intelligence. Learn on your phone, take quizzes and earn certificates.",
    },
}

CATALOGUE = {
    "slug": "courses",
    "title": {"kk": "Курстар", "ru": "Курсы", "en": "Courses"},
    "intro": {
        "kk": "Барлық курстар тегін. Тақырыпты, деңгейді немесе ұзақтығын таңдаңыз.",
        "ru": "Все курсы бесплатны. Выберите тему, уровень или продолжительность.",
        "en": "Every course is free. Choose a topic, a level or a length.",
    },
}

ABOUT = {
    "slug": "about",
    "title": {"kk": "Sauat туралы", "ru": "О Sauat", "en": "About Sauat"},
    "intro": {
        "kk": "Sauat — Қазақстан азаматтарына арналған тегін құқықтық сауаттылық платформасы.",
        "ru": "Sauat — бесплатная платформа правовой грамотности для жителей Казахстана.",
        "en": "Sauat is a free legal-literacy platform for the people of Kazakhstan.",
    },
    "body": {
        "kk": "<p>Көп адам өз құқығын білмегендіктен, заңгерге ақша төлей алмағандықтан немесе қазақ тілінде "
        "кеңес таба алмағандықтан дауда ұтылады. Sauat осы олқылықты толтыруға тырысады: курстарды заңгерлер "
        "тексереді, ал нақты істеріңіз бойынша сізді тегін заң көмегіне және университеттердің заң "
        "клиникаларына бағыттаймыз.</p>",
        "ru": "<p>Многие проигрывают споры, потому что не знают своих прав, не могут оплатить юриста или не "
        "находят консультацию на казахском языке. Sauat помогает восполнить этот пробел: курсы проверяют "
        "юристы, а по вашим конкретным делам мы направляем к бесплатной юридической помощи и в юридические "
        "клиники университетов.</p>",
        "en": "<p>Many people lose disputes because they do not know their rights, cannot pay a lawyer or "
        "cannot find advice in Kazakh. Sauat helps close that gap: lawyers review every course, and for your "
        "own case we point you to free legal aid and to university legal clinics.</p>",
    },
}

FOOTER = {
    "kk": "<p>Sauat — ашық бастапқы кодты тегін білім беру жобасы. Шұғыл жағдайда: 112, полиция: 102. "
    "Тегін заң көмегі: 1414.</p>",
    "ru": "<p>Sauat — бесплатный образовательный проект с открытым кодом. В экстренной ситуации: 112, "
    "полиция: 102. Бесплатная юридическая помощь: 1414.</p>",
    "en": "<p>Sauat is a free, open-source education project. In an emergency call 112, police 102. "
    "Free legal aid: 1414.</p>",
}

MENU_LABELS = {
    "courses": {"kk": "Курстар", "ru": "Курсы", "en": "Courses"},
    "about": {"kk": "Біз туралы", "ru": "О проекте", "en": "About"},
}
