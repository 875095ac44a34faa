"""Demo universities, legal clinics, cohorts, students and clinic intakes (fictional people)."""

UNIVERSITIES = [
    {
        "slug": "kaznu",
        "name": {
            "kk": "Әл-Фараби атындағы Қазақ ұлттық университеті",
            "ru": "Казахский национальный университет имени аль-Фараби",
            "en": "Al-Farabi Kazakh National University",
        },
        "city": "Almaty",
        "website": "https://www.kaznu.kz",
    },
    {
        "slug": "enu",
        "name": {
            "kk": "Л.Н. Гумилев атындағы Еуразия ұлттық университеті",
            "ru": "Евразийский национальный университет имени Л.Н. Гумилева",
            "en": "L.N. Gumilyov Eurasian National University",
        },
        "city": "Astana",
        "website": "https://www.enu.kz",
    },
]

CLINICS = [
    {
        "slug": "kaznu-legal-clinic",
        "university": "kaznu",
        "name": {
            "kk": "ҚазҰУ заң клиникасы",
            "ru": "Юридическая клиника КазНУ",
            "en": "KazNU Legal Clinic",
        },
        "city": "Almaty",
        "region": "almaty",
        "address": "Almaty, al-Farabi Ave 71, Faculty of Law",
        "languages": ["kk", "ru"],
        "topics": ["consumer", "legal-aid", "data-ai"],
        "hours": {
            "kk": "Дүйсенбі–жұма, 10:00–17:00",
            "ru": "Понедельник–пятница, 10:00–17:00",
            "en": "Monday to Friday, 10:00–17:00",
        },
    },
    {
        "slug": "enu-legal-clinic",
        "university": "enu",
        "name": {
            "kk": "ЕҰУ заң клиникасы",
            "ru": "Юридическая клиника ЕНУ",
            "en": "ENU Legal Clinic",
        },
        "city": "Astana",
        "region": "astana",
        "address": "Astana, Satpayev St 2, Faculty of Law",
        "languages": ["kk", "ru", "en"],
        "topics": ["legal-aid", "consumer"],
        "hours": {
            "kk": "Сейсенбі мен бейсенбі, 14:00–18:00",
            "ru": "Вторник и четверг, 14:00–18:00",
            "en": "Tuesday and Thursday, 14:00–18:00",
        },
    },
]

# Cohorts: (university, name, term, course slugs, join code, students).
COHORTS = [
    {
        "university": "kaznu",
        "name": "Құқықтану, 1-курс: құқықтық сауаттылық",
        "term": "2026–2027, күзгі семестр",
        "courses": ["consumer-rights", "free-legal-aid"],
        "join_code": "KAZNU226",
        "students": 30,
        "email_domain": "students.kaznu.sauat.test",
        "groups": ["ЮР-101", "ЮР-102"],
        "taught_by_demo_instructor": True,
    },
    {
        "university": "kaznu",
        "name": "Журналистика, 2-курс: деректер және ЖИ",
        "term": "2026–2027, күзгі семестр",
        "courses": ["personal-data-and-ai"],
        "join_code": "KAZNUJ27",
        "students": 4,
        "email_domain": "students.kaznu.sauat.test",
        "groups": ["ЖУР-201"],
        "taught_by_demo_instructor": False,
    },
    {
        "university": "enu",
        "name": "Заң факультеті: тұтынушы құқықтары",
        "term": "2026–2027, күзгі семестр",
        "courses": ["consumer-rights"],
        "join_code": "ENUAST26",
        "students": 6,
        "email_domain": "students.enu.sauat.test",
        "groups": ["ЗФ-11"],
        "taught_by_demo_instructor": False,
    },
]

FIRST_NAMES = [
    "Айгерим", "Нұрлан", "Дана", "Ерасыл", "Мадина", "Тимур", "Әсем", "Бауыржан", "Камила", "Санжар",
    "Жансая", "Арман", "Алина", "Дамир", "Томирис", "Ислам", "Аружан", "Мирас", "Диляра", "Ерлан",
]
SURNAMES = [
    "Ахметова", "Серікұлы", "Жұмабаева", "Иванов", "Оспанова", "Ким", "Нұрпейісова", "Қасымов", "Петрова",
    "Тоқтаров", "Әбенова", "Сейітов", "Мұхамедиярова", "Ли", "Бекова",
]

# Sample intakes for the KazNU clinic (fictional citizens; example.kz addresses).
INTAKES = [
    {
        "topic": "consumer",
        "language": "kk",
        "name": "Гүлнар Т.",
        "email": "gulnar@example.kz",
        "contact_preference": "email",
        "description": "Екі апта бұрын сатып алған кір жуғыш машина істен шықты. Дүкен ақшаны қайтарудан бас тартып, "
        "тек жөндеуді ұсынады. Менің қандай құқығым бар?",
    },
    {
        "topic": "legal-aid",
        "language": "ru",
        "name": "Сергей П.",
        "phone": "+7 701 000 00 11",
        "contact_preference": "phone",
        "description": "Меня вызывают в суд по иску банка. Я пенсионер. Могу ли я получить бесплатного адвоката "
        "и куда обращаться?",
    },
    {
        "topic": "data-ai",
        "language": "ru",
        "name": "Алия К.",
        "email": "aliya@example.kz",
        "contact_preference": "email",
        "description": "Микрофинансовая организация звонит моим родственникам и сообщает о моём долге. "
        "Законно ли это и куда жаловаться?",
    },
    {
        "topic": "consumer",
        "language": "en",
        "name": "Daniel R.",
        "email": "daniel@example.kz",
        "contact_preference": "email",
        "description": "An online shop in Almaty sent me a phone of a different colour and refuses an exchange. "
        "What can I do?",
    },
]
