"""Demo survey on AI and rights, after the survey in the source study (see shared/DOMAIN.md).

Kazakh (kk) is the source text; ru and en say the same thing. Format in QUIZ_FORMAT.md.
The questions follow the study's themes (use of AI apps, knowing one's rights, data security,
algorithm transparency); the wording is our own.
"""

_AGREE_SCALE = [
    {"text": {"kk": "Мүлдем келіспеймін", "ru": "Совершенно не согласен(-на)", "en": "Strongly disagree"}},
    {"text": {"kk": "Келіспеймін", "ru": "Не согласен(-на)", "en": "Disagree"}},
    {
        "text": {
            "kk": "Келісемін де, келіспеймін де",
            "ru": "Ни согласен(-на), ни не согласен(-на)",
            "en": "Neither agree nor disagree",
        }
    },
    {"text": {"kk": "Келісемін", "ru": "Согласен(-на)", "en": "Agree"}},
    {"text": {"kk": "Толық келісемін", "ru": "Полностью согласен(-на)", "en": "Strongly agree"}},
]


def _agree_scale():
    """A fresh copy of the five-point agreement scale for each likert question."""
    return [{"text": dict(option["text"])} for option in _AGREE_SCALE]


SURVEY = {
    "key": "ai-and-rights",
    "title": {
        "kk": "Жасанды интеллект және сіздің құқықтарыңыз",
        "ru": "Искусственный интеллект и ваши права",
        "en": "Artificial intelligence and your rights",
    },
    "intro": {
        "kk": "Бұл қысқа сауалнама адамдардың жасанды интеллект (ЖИ) қосымшаларын қаншалықты жиі пайдаланатынын "
        "және осы кезде өз құқықтарын қаншалықты білетінін анықтауға көмектеседі. Мұнда дұрыс не бұрыс жауап "
        "жоқ: өз пікіріңізді белгілеңіз.",
        "ru": "Этот короткий опрос помогает понять, как часто люди пользуются приложениями с искусственным "
        "интеллектом (ИИ) и насколько хорошо знают при этом свои права. Здесь нет правильных и неправильных "
        "ответов: отметьте своё мнение.",
        "en": "This short survey helps us understand how often people use apps with artificial intelligence (AI) "
        "and how well they know their rights when they do. There are no right or wrong answers: just give your "
        "own view.",
    },
    "consent": {
        "kk": "Сауалнама Sauat курстарын жетілдіру үшін ЖИ мен құқықтар туралы хабардарлықты зерттеу мақсатында "
        "жүргізіледі. Ол анонимді: біз атыңызды не байланыс деректеріңізді сұрамаймыз, жауаптар тек жиынтық "
        "түрде талданады. Қатысу ерікті, сауалнаманы кез келген уақытта тоқтатуға болады.",
        "ru": "Опрос проводится, чтобы изучить осведомлённость об ИИ и правах и улучшить курсы Sauat. Он анонимный: "
        "мы не спрашиваем ваше имя или контакты, а ответы анализируются только в обобщённом виде. Участие "
        "добровольное, опрос можно прервать в любой момент.",
        "en": "The survey studies awareness of AI and rights so that we can improve Sauat’s courses. It is "
        "anonymous: we do not ask for your name or contact details, and answers are only analysed in aggregate. "
        "Taking part is voluntary, and you can stop at any time.",
    },
    "anonymous": True,
    "questions": [
        {
            "key": "ai-use",
            "variable": "q_ai_use",
            "kind": "choice",
            "stem": {
                "kk": "Жасанды интеллектке негізделген қосымшаларды (мысалы, чат-боттарды, аудармашыларды) қаншалықты "
                "жиі пайдаланасыз?",
                "ru": "Как часто вы пользуетесь приложениями на основе искусственного интеллекта (например, "
                "чат-ботами, переводчиками)?",
                "en": "How often do you use apps based on artificial intelligence (for example, chatbots or "
                "translators)?",
            },
            "options": [
                {"text": {"kk": "Күн сайын", "ru": "Ежедневно", "en": "Daily"}},
                {"text": {"kk": "Апта сайын", "ru": "Еженедельно", "en": "Weekly"}},
                {"text": {"kk": "Сирек", "ru": "Редко", "en": "Rarely"}},
                {"text": {"kk": "Ешқашан", "ru": "Никогда", "en": "Never"}},
            ],
            "allow_dont_know": False,
            "allow_prefer_not": False,
        },
        {
            "key": "ai-kinds",
            "variable": "q_ai_kinds",
            "kind": "multichoice",
            "stem": {
                "kk": "ЖИ қосымшаларының қай түрлерін пайдаланасыз? Барлық сәйкес жауапты белгілеңіз.",
                "ru": "Какими видами приложений с ИИ вы пользуетесь? Отметьте все подходящие ответы.",
                "en": "Which kinds of AI apps do you use? Tick all that apply.",
            },
            "options": [
                {
                    "text": {
                        "kk": "Сұрақтарға жауап беретін чат-көмекшілер",
                        "ru": "Чат-помощники, отвечающие на вопросы",
                        "en": "Chat assistants that answer questions",
                    }
                },
                {
                    "text": {
                        "kk": "Аударма қызметтері",
                        "ru": "Сервисы перевода",
                        "en": "Translation services",
                    }
                },
                {
                    "text": {
                        "kk": "Сурет немесе дауыспен жұмыс істейтін қосымшалар",
                        "ru": "Приложения для работы с изображениями или голосом",
                        "en": "Image or voice apps",
                    }
                },
                {
                    "text": {
                        "kk": "Банктердің немесе мемлекеттік органдардың чат-боттары",
                        "ru": "Чат-боты банков или государственных органов",
                        "en": "Chatbots of banks or government bodies",
                    }
                },
                {"text": {"kk": "Басқа", "ru": "Другое", "en": "Other"}},
            ],
            "allow_dont_know": True,
            "allow_prefer_not": False,
        },
        {
            "key": "knows-rights",
            "variable": "q_knows_rights",
            "kind": "likert",
            "stem": {
                "kk": "Мына тұжырыммен қаншалықты келісесіз: «ЖИ қызметтерін пайдаланғанда өз құқықтарымды білемін»?",
                "ru": "Насколько вы согласны с утверждением: «Я знаю свои права, когда пользуюсь сервисами ИИ»?",
                "en": "How far do you agree with this statement: “I know my rights when I use AI services”?",
            },
            "options": _agree_scale(),
            "allow_dont_know": False,
            "allow_prefer_not": False,
        },
        {
            "key": "data-security-worry",
            "variable": "q_data_security_worry",
            "kind": "likert",
            "stem": {
                "kk": "Мына тұжырыммен қаншалықты келісесіз: «ЖИ қосымшаларына берген деректерімнің қауіпсіздігіне "
                "алаңдаймын»?",
                "ru": "Насколько вы согласны с утверждением: «Меня беспокоит безопасность данных, которые я передаю "
                "приложениям с ИИ»?",
                "en": "How far do you agree with this statement: “I worry about the security of the data I give to "
                "AI apps”?",
            },
            "options": _agree_scale(),
            "allow_dont_know": True,
            "allow_prefer_not": False,
        },
        {
            "key": "algorithm-transparency",
            "variable": "q_algo_transparency_problem",
            "kind": "likert",
            "stem": {
                "kk": "Мына тұжырыммен қаншалықты келісесіз: «ЖИ алгоритмдерінің шешімді қалай қабылдайтыны "
                "түсініксіз болуы — проблема»?",
                "ru": "Насколько вы согласны с утверждением: «То, что непонятно, как алгоритмы ИИ принимают "
                "решения, — это проблема»?",
                "en": "How far do you agree with this statement: “It is a problem that it is unclear how AI "
                "algorithms make their decisions”?",
            },
            "options": _agree_scale(),
            "allow_dont_know": True,
            "allow_prefer_not": False,
        },
        {
            "key": "trust-ai-legal",
            "variable": "q_trust_ai_legal_answer",
            "kind": "likert",
            "stem": {
                "kk": "Мына тұжырыммен қаншалықты келісесіз: «Заңгерлік сұраққа ЖИ берген жауапқа сенемін»?",
                "ru": "Насколько вы согласны с утверждением: «Я доверяю ответу ИИ на юридический вопрос»?",
                "en": "How far do you agree with this statement: “I trust an AI’s answer to a legal question”?",
            },
            "options": _agree_scale(),
            "allow_dont_know": True,
            "allow_prefer_not": False,
        },
        {
            "key": "want-to-learn",
            "variable": "q_want_learn_rights_ai",
            "kind": "likert",
            "stem": {
                "kk": "Мына тұжырыммен қаншалықты келісесіз: «ЖИ-мен қарым-қатынас кезіндегі құқықтарым туралы "
                "көбірек білгім келеді»?",
                "ru": "Насколько вы согласны с утверждением: «Я хотел(-а) бы больше узнать о своих правах при "
                "взаимодействии с ИИ»?",
                "en": "How far do you agree with this statement: “I would like to learn more about my rights when "
                "dealing with AI”?",
            },
            "options": _agree_scale(),
            "allow_dont_know": True,
            "allow_prefer_not": False,
        },
        {
            "key": "ai-apps-count",
            "variable": "q_ai_apps_last_month",
            "kind": "number",
            "stem": {
                "kk": "Соңғы бір айда ЖИ-ге негізделген қанша түрлі қосымшаны пайдаландыңыз? Пайдаланбасаңыз, 0 деп "
                "жазыңыз.",
                "ru": "Сколькими разными приложениями на основе ИИ вы пользовались за последний месяц? Если ни "
                "одним, укажите 0.",
                "en": "How many different AI-based apps have you used in the last month? If none, enter 0.",
            },
            "min": 0,
            "max": 50,
            "allow_dont_know": False,
            "allow_prefer_not": False,
        },
        {
            "key": "age-band",
            "variable": "q_age_band",
            "kind": "choice",
            "stem": {
                "kk": "Жасыңыз қай топқа жатады?",
                "ru": "К какой возрастной группе вы относитесь?",
                "en": "Which age group are you in?",
            },
            "options": [
                {"text": {"kk": "18–24", "ru": "18–24", "en": "18–24"}},
                {"text": {"kk": "25–34", "ru": "25–34", "en": "25–34"}},
                {"text": {"kk": "35–44", "ru": "35–44", "en": "35–44"}},
                {"text": {"kk": "45–54", "ru": "45–54", "en": "45–54"}},
                {"text": {"kk": "55–64", "ru": "55–64", "en": "55–64"}},
                {"text": {"kk": "65 және одан жоғары", "ru": "65 и старше", "en": "65 or over"}},
            ],
            "allow_dont_know": False,
            "allow_prefer_not": True,
            "identifying": True,
        },
        {
            "key": "region-type",
            "variable": "q_region_type",
            "kind": "choice",
            "stem": {
                "kk": "Қандай елді мекенде тұрасыз?",
                "ru": "В каком населённом пункте вы живёте?",
                "en": "What kind of place do you live in?",
            },
            "options": [
                {"text": {"kk": "Ірі қала", "ru": "Крупный город", "en": "City"}},
                {"text": {"kk": "Шағын қала", "ru": "Небольшой город", "en": "Town"}},
                {"text": {"kk": "Ауыл", "ru": "Село", "en": "Village"}},
            ],
            "allow_dont_know": False,
            "allow_prefer_not": True,
            "identifying": True,
        },
        {
            "key": "home-language",
            "variable": "q_home_language",
            "kind": "choice",
            "stem": {
                "kk": "Үйде әдетте қай тілде сөйлесесіз?",
                "ru": "На каком языке вы обычно говорите дома?",
                "en": "Which language do you usually speak at home?",
            },
            "options": [
                {"text": {"kk": "Қазақ тілінде", "ru": "На казахском", "en": "Kazakh"}},
                {"text": {"kk": "Орыс тілінде", "ru": "На русском", "en": "Russian"}},
                {
                    "text": {
                        "kk": "Қазақ және орыс тілдерінде",
                        "ru": "На казахском и русском",
                        "en": "Both Kazakh and Russian",
                    }
                },
                {"text": {"kk": "Басқа тілде", "ru": "На другом языке", "en": "Another language"}},
            ],
            "allow_dont_know": False,
            "allow_prefer_not": True,
            "identifying": True,
        },
        {
            "key": "help-text",
            "variable": "q_help_protect_rights",
            "kind": "text",
            "stem": {
                "kk": "ЖИ қызметтерін пайдаланғанда құқықтарыңызды қорғауға не көмектесер еді? (Міндетті емес. "
                "Атыңызды не байланыс деректеріңізді жазбаңыз.)",
                "ru": "Что помогло бы вам защищать свои права при использовании сервисов ИИ? (Необязательно. Не "
                "указывайте своё имя и контакты.)",
                "en": "What would help you protect your rights when using AI services? (Optional. Please do not "
                "write your name or contact details.)",
            },
            "allow_dont_know": False,
            "allow_prefer_not": False,
        },
    ],
}
