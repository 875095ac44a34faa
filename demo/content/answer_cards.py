"""Demo answer cards for the tutor (facts from the free legal aid course; wording written for Sauat)."""

import datetime

REVIEWED_BY = "Sauat demo legal reviewer"
REVIEWED_ON = datetime.date(2026, 11, 30)

CARDS = [
    {
        "key": "free-legal-aid-hotline-1414",
        "topic": "legal-aid",
        "act": "advocacy-legal-aid",
        "article": {"kk": "24-бап", "ru": "Статья 24", "en": "Article 24"},
        "lesson": ("free-legal-aid", "how-to-get-legal-aid"),
        "questions": {
            "kk": ["1414 нөмірі не үшін керек?", "Тегін заң көмегіне қай нөмірге қоңырау шалуға болады?"],
            "ru": ["Зачем нужен номер 1414?", "По какому номеру звонить за бесплатной юридической помощью?"],
            "en": ["What is the 1414 number for?", "Which number do I call for free legal aid?"],
        },
        "answer": {
            "kk": "1414 — бірыңғай байланыс орталығы: ол тегін заң көмегіне өтініштерді қабылдайды және құқықтық "
            "ақпаратты тегін береді. Сондай-ақ «Е-Заң көмегі» жүйесі (eup.adilet.gov.kz) немесе «Заң көмегі» "
            "қосымшасы арқылы онлайн жүгінуге болады. Мемлекет кепілдік берген көмек тегін: ол үшін ешкімге ақша "
            "төлемеңіз.",
            "ru": "1414 — единый контакт-центр: он принимает заявки на бесплатную юридическую помощь и бесплатно "
            "даёт правовую информацию. Обратиться можно и онлайн — через систему «Е-Заң көмегі» "
            "(eup.adilet.gov.kz) или приложение «Заң көмегі». Гарантированная государством помощь бесплатна: "
            "никому за неё не платите.",
            "en": "1414 is the single contact centre: it takes requests for free legal aid and gives legal "
            "information free of charge. You can also apply online through the E-Zan komegi system "
            "(eup.adilet.gov.kz) or the Zan komegi app. State-guaranteed aid is free: do not pay anyone for it.",
        },
    },
    {
        "key": "paying-for-free-legal-aid",
        "topic": "legal-aid",
        "act": "advocacy-legal-aid",
        "article": {"kk": "26-бап", "ru": "Статья 26", "en": "Article 26"},
        "lesson": ("free-legal-aid", "how-to-get-legal-aid"),
        "questions": {
            "kk": ["Мемлекеттік тегін заң көмегі үшін заңгер ақша сұраса ше?", "Тегін көмек үшін ақша төлеу керек пе?"],
            "ru": [
                "Что если юрист просит деньги за бесплатную государственную помощь?",
                "Нужно ли платить за бесплатную юридическую помощь?",
            ],
            "en": ["What if a lawyer asks for money for free state legal aid?", "Do I have to pay for free legal aid?"],
        },
        "answer": {
            "kk": "Мемлекет кепілдік берген заң көмегі сіз үшін тегін. Заңгер ақы, «алғыс» немесе «құжат жазу ақысын» "
            "сұраса, төлемеңіз. Аты-жөнін, күнін және не айтылғанын жазып алып, скриншоттарды сақтаңыз да, жүйенің "
            "кері байланысы немесе 1414 арқылы хабарлаңыз.",
            "ru": "Гарантированная государством юридическая помощь для вас бесплатна. Если юрист просит плату, "
            "«благодарность» или «плату за составление документов», не платите. Запишите имя, дату и что было "
            "сказано, сохраните скриншоты и сообщите через обратную связь системы или по номеру 1414.",
            "en": "State-guaranteed legal aid is free for you. If a lawyer asks for a fee, a “thank-you” or a "
            "“document drafting fee”, do not pay. Note the name, the date and what was said, keep screenshots, "
            "and report it through the system's feedback or the 1414 line.",
        },
    },
]
