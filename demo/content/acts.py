"""Legal acts cited by the demo courses (facts from shared/DOMAIN.md)."""

import datetime

ACTS = [
    {
        "slug": "constitution",
        "number": "",
        "adopted": datetime.date(1995, 8, 30),
        "url": "https://adilet.zan.kz/kaz/docs/K950001000_",
        "title": {
            "kk": "Қазақстан Республикасының Конституциясы",
            "ru": "Конституция Республики Казахстан",
            "en": "Constitution of the Republic of Kazakhstan",
        },
    },
    {
        "slug": "advocacy-legal-aid",
        "number": "176-VI",
        "adopted": datetime.date(2018, 7, 5),
        "url": "https://adilet.zan.kz/kaz/docs/Z1800000176",
        "title": {
            "kk": "«Адвокаттық қызмет және заң көмегі туралы» Қазақстан Республикасының Заңы",
            "ru": "Закон Республики Казахстан «Об адвокатской деятельности и юридической помощи»",
            "en": "Law of the Republic of Kazakhstan on Advocacy and Legal Aid",
        },
    },
    {
        "slug": "consumer-protection",
        "number": "274-IV",
        "adopted": datetime.date(2010, 5, 4),
        "url": "https://adilet.zan.kz/kaz/docs/Z100000274_",
        "title": {
            "kk": "«Тұтынушылардың құқықтарын қорғау туралы» Қазақстан Республикасының Заңы",
            "ru": "Закон Республики Казахстан «О защите прав потребителей»",
            "en": "Law of the Republic of Kazakhstan on Consumer Protection",
        },
    },
    {
        "slug": "personal-data",
        "number": "94-V",
        "adopted": datetime.date(2013, 5, 21),
        "url": "https://adilet.zan.kz/kaz/docs/Z1300000094",
        "title": {
            "kk": "«Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының Заңы",
            "ru": "Закон Республики Казахстан «О персональных данных и их защите»",
            "en": "Law of the Republic of Kazakhstan on Personal Data and Their Protection",
        },
    },
    {
        "slug": "iccpr",
        "number": "91",
        "adopted": datetime.date(2005, 11, 28),
        "url": "https://adilet.zan.kz/kaz/docs/Z050000091_",
        "title": {
            "kk": "Азаматтық және саяси құқықтар туралы халықаралық пакт (2005 жылғы № 91 Заңмен ратификацияланған)",
            "ru": "Международный пакт о гражданских и политических правах (ратифицирован Законом № 91 от 2005 года)",
            "en": "International Covenant on Civil and Political Rights (ratified by Law No. 91 of 2005)",
        },
    },
    {
        "slug": "eu-ai-act",
        "number": "2024/1689",
        "adopted": datetime.date(2024, 6, 13),
        "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
        "title": {
            "kk": "Еуропалық Одақтың жасанды интеллект туралы регламенті (ЕО) 2024/1689",
            "ru": "Регламент (ЕС) 2024/1689 об искусственном интеллекте",
            "en": "Regulation (EU) 2024/1689 (EU AI Act)",
        },
    },
    {
        "slug": "gdpr",
        "number": "2016/679",
        "adopted": datetime.date(2016, 4, 27),
        "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
        "title": {
            "kk": "Деректерді қорғаудың жалпы регламенті (ЕО) 2016/679 (GDPR)",
            "ru": "Общий регламент по защите данных (ЕС) 2016/679 (GDPR)",
            "en": "General Data Protection Regulation (EU) 2016/679 (GDPR)",
        },
    },
    {
        "slug": "ai-concept-592",
        "number": "592",
        "adopted": datetime.date(2024, 7, 24),
        "url": "https://adilet.zan.kz/kaz/docs/P2400000592",
        "title": {
            "kk": "Жасанды интеллектіні дамытудың 2024-2029 жылдарға арналған тұжырымдамасы (ҚР Үкіметінің № 592 қаулысы)",
            "ru": "Концепция развития искусственного интеллекта на 2024-2029 годы (постановление Правительства РК № 592)",
            "en": "Concept for the Development of Artificial Intelligence 2024-2029 (Government Decree No. 592)",
        },
    },
]

TOPICS = [
    {"slug": "consumer", "name": {"kk": "Тұтынушы құқықтары", "ru": "Права потребителей", "en": "Consumer rights"}},
    {"slug": "legal-aid", "name": {"kk": "Заң көмегі және сот төрелігі", "ru": "Юридическая помощь и правосудие", "en": "Legal aid and justice"}},
    {"slug": "data-ai", "name": {"kk": "Дербес деректер және жасанды интеллект", "ru": "Персональные данные и ИИ", "en": "Personal data and AI"}},
]
