"""Demo assessment items for the course "Personal data and AI" (module data_and_ai, key prefix "da-").

Kazakh (kk) is the source text; ru and en say the same thing. Format in QUIZ_FORMAT.md.
Facts come from the course lessons and shared/DOMAIN.md; the wording is our own.
Article numbers are the ones the course itself cites for each act (legal_aid for the Constitution
and the Law on Advocacy and Legal Aid). This is learning material on legal literacy, not legal advice.
"""

# Article references used below (same numbering as the course pages).
_PD_ART_1 = {"kk": "1-бап", "ru": "Статья 1", "en": "Article 1"}
_PD_ART_8 = {"kk": "8-бап", "ru": "Статья 8", "en": "Article 8"}
_AI_ACT_ART_50 = {"kk": "50-бап", "ru": "Статья 50", "en": "Article 50"}
_GDPR_ART_22 = {"kk": "22-бап", "ru": "Статья 22", "en": "Article 22"}
_CP_ART_1 = {"kk": "1-бап", "ru": "Статья 1", "en": "Article 1"}
_CONST_ART_13_3 = {"kk": "13-бап, 3-тармақ", "ru": "Статья 13, пункт 3", "en": "Article 13(3)"}
_ALA_ART_24 = {"kk": "24-бап", "ru": "Статья 24", "en": "Article 24"}


SCENARIOS = [
    {
        "key": "da-case-ai-advocate",
        "title": {
            "kk": "«ЖИ-адвокат» қосымшасы",
            "ru": "Приложение «ИИ-адвокат»",
            "en": "The “AI advocate” app",
        },
        "situation": {
            "kk": "Тараз маңындағы ауылда тұратын Болат коммуналдық қызметтен өзі келіспейтін қарыз туралы хат алды. "
            "Ол «заңгерді толық алмастырады» деп жарнамаланған тегін «Сіздің ЖИ-адвокатыңыз» қосымшасын орнатты. "
            "Қосымша жеке куәлігінің суретін, ЖСН-ін және контактілер тізіміне рұқсат сұрады, ешбір заң мен бапты "
            "атамай жауап берді, ал бір сағат ішінде ақылы жазылым сатып алса, «жеңіске кепілдік» беретінін айтты.",
            "ru": "Болат из села под Таразом получил от коммунальной службы письмо о долге, с которым он не согласен. "
            "Он установил бесплатное приложение «Ваш ИИ-адвокат», которое рекламирует себя как «полную замену "
            "юриста». Приложение запросило фото его удостоверения личности, ИИН и доступ к контактам, ответило, не "
            "назвав ни закона, ни статьи, и пообещало «гарантированную победу», если он в течение часа купит платную "
            "подписку.",
            "en": "Bolat, who lives in a village near Taraz, received a letter from a utility company about a debt he "
            "disputes. He installed a free app called “Your AI Advocate”, advertised as “a complete replacement for a "
            "lawyer”. The app asked for a photo of his ID card, his IIN and access to his contacts, answered without "
            "naming any law or article, and promised a “guaranteed win” if he bought a paid subscription within the "
            "hour.",
        },
    },
]


ITEMS = [
    # ----------------------------------------------------------------------------------------
    # Pre/post pool. Twins: (01, 02), (03, 04), ... (19, 20); same kind, same difficulty.
    # ----------------------------------------------------------------------------------------
    # data.consent, difficulty 1, short
    {
        "key": "da-01",
        "pool": "prepost",
        "kind": "short",
        "skills": ["data.consent"],
        "difficulty": 1,
        "scenario": None,
        "stem": {
            "kk": "Белгілі бір адамға қатысты немесе сол адамды анықтауға мүмкіндік беретін мәліметтер заңда қалай "
            "аталады? Екі сөзбен жазыңыз.",
            "ru": "Как в законе называются сведения, которые относятся к определённому человеку или позволяют его "
            "определить? Ответьте двумя словами.",
            "en": "What does the law call information that relates to a particular person or allows that person to be "
            "identified? Answer in two words.",
        },
        "accepted": {
            "kk": ["дербес деректер", "дербес дерек", "дербес деректері", "дербес мәліметтер"],
            "ru": ["персональные данные", "персональных данных", "персональные сведения"],
            "en": ["personal data", "personal information", "personal details"],
        },
        "explanation": {
            "kk": "Заң мұндай мәліметтерді дербес деректер деп атайды. Аты-жөн, ЖСН, телефон нөмірі, мекенжай, "
            "фотосурет пен геолокация — соның мысалдары.",
            "ru": "Закон называет такие сведения персональными данными. Фамилия и имя, ИИН, номер телефона, адрес, "
            "фотография и геолокация — их примеры.",
            "en": "The law calls such information personal data. A name, IIN, phone number, address, photo and "
            "location are all examples.",
        },
        "act": "personal-data",
        "article": _PD_ART_1,
    },
    {
        "key": "da-02",
        "pool": "prepost",
        "kind": "short",
        "skills": ["data.consent"],
        "difficulty": 1,
        "scenario": None,
        "stem": {
            "kk": "ЖСН, телефон нөмірі, үй мекенжайы және телефонның геолокациясы — № 94-V Заң қорғайтын "
            "мәліметтердің қай түріне жатады? Екі сөзбен жазыңыз.",
            "ru": "ИИН, номер телефона, домашний адрес и геолокация телефона — к какому виду сведений, защищаемых "
            "Законом № 94-V, всё это относится? Ответьте двумя словами.",
            "en": "An IIN, a phone number, a home address and a phone’s location: what kind of information protected "
            "by Law No. 94-V are these? Answer in two words.",
        },
        "accepted": {
            "kk": ["дербес деректер", "дербес дерек", "дербес деректерге", "дербес мәліметтер"],
            "ru": ["персональные данные", "персональным данным", "персональные сведения"],
            "en": ["personal data", "personal information", "personal details"],
        },
        "explanation": {
            "kk": "Бұл мәліметтердің әрқайсысы белгілі бір адамды анықтай алады, сондықтан олар дербес деректерге "
            "жатады және заңмен қорғалады.",
            "ru": "Каждое из этих сведений позволяет определить конкретного человека, поэтому все они относятся к "
            "персональным данным и защищаются законом.",
            "en": "Each of these pieces of information can identify a particular person, so they are all personal data "
            "and protected by the law.",
        },
        "act": "personal-data",
        "article": _PD_ART_1,
    },
    # data.consent, difficulty 3, multiple
    {
        "key": "da-03",
        "pool": "prepost",
        "kind": "multiple",
        "skills": ["data.consent"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Дербес деректерді өңдеуге келісім туралы қай тұжырымдар дұрыс? Барлық дұрыс жауапты таңдаңыз.",
            "ru": "Какие утверждения о согласии на обработку персональных данных верны? Выберите все верные ответы.",
            "en": "Which statements about consent to the processing of personal data are correct? Choose all that "
            "apply.",
        },
        "options": [
            {
                "text": {
                    "kk": "Келісімді жазбаша түрде беруге болады.",
                    "ru": "Согласие можно дать в письменной форме.",
                    "en": "Consent can be given in writing.",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: жазбаша нысан — заңда аталған келісім беру тәсілдерінің бірі.",
                    "ru": "Верно: письменная форма — один из способов дать согласие, названных в законе.",
                    "en": "Correct: writing is one of the ways of giving consent named in the law.",
                },
            },
            {
                "text": {
                    "kk": "Қосымшадағы «Келісемін» батырмасын басу да келісім берудің тәсілі бола алады.",
                    "ru": "Нажатие кнопки «Согласен» в приложении тоже может быть способом дать согласие.",
                    "en": "Tapping an “I agree” button in an app can also be a way of giving consent.",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: келісім оны растауға болатын өзге тәсілмен де беріледі, мұндай батырма соның бірі "
                    "болуы мүмкін.",
                    "ru": "Верно: согласие можно дать и иным способом, позволяющим его подтвердить, и такая кнопка "
                    "может им быть.",
                    "en": "Correct: consent can also be given in another way that allows it to be confirmed, and such "
                    "a button can be one.",
                },
            },
            {
                "text": {
                    "kk": "Келіспес бұрын қандай деректер жиналатынын, не мақсатпен және кімге берілетінін анықтаған "
                    "жөн.",
                    "ru": "Прежде чем соглашаться, стоит выяснить, какие данные собираются, с какой целью и кому "
                    "передаются.",
                    "en": "Before agreeing, it is wise to find out what data is collected, for what purpose and to "
                    "whom it is passed.",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: осы үш сұрақтың жауабын білгенде ғана келісіміңіз саналы болады.",
                    "ru": "Верно: только зная ответы на эти три вопроса, вы даёте осознанное согласие.",
                    "en": "Correct: only when you know these three answers is your consent informed.",
                },
            },
            {
                "text": {
                    "kk": "Келісім нотариус куәландырғанда ғана жарамды.",
                    "ru": "Согласие действительно, только если его заверил нотариус.",
                    "en": "Consent is valid only if a notary certifies it.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заң келісімді жазбаша, сервис арқылы не растауға болатын өзге тәсілмен беруге "
                    "мүмкіндік береді, нотариус қажет емес.",
                    "ru": "Неверно: закон позволяет дать согласие письменно, через сервис или иным подтверждаемым "
                    "способом, нотариус не нужен.",
                    "en": "Wrong: the law allows consent in writing, through a service or in another confirmable way; "
                    "no notary is needed.",
                },
            },
            {
                "text": {
                    "kk": "Бір рет келіскен соң ұйым деректеріңізді кез келген мақсатқа пайдалана алады.",
                    "ru": "Если вы однажды согласились, организация может использовать ваши данные для любой цели.",
                    "en": "Once you have agreed, the organisation may use your data for any purpose.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: келісім белгілі бір мақсатқа беріледі, ал заңды негізсіз өңдеуге тыйым салынған.",
                    "ru": "Неверно: согласие даётся для определённой цели, а обработка без законного основания "
                    "запрещена.",
                    "en": "Wrong: consent is given for a particular purpose, and processing without a lawful basis is "
                    "banned.",
                },
            },
        ],
        "explanation": {
            "kk": "Заң бойынша келісім жазбаша, мемлекеттік немесе мемлекеттік емес сервис арқылы не оны растауға "
            "болатын өзге тәсілмен беріледі. Ең бастысы — неге келісіп отырғаныңызды нақты білу.",
            "ru": "По закону согласие даётся письменно, через государственный или негосударственный сервис либо иным "
            "способом, позволяющим его подтвердить. Главное — точно понимать, на что вы соглашаетесь.",
            "en": "Under the law, consent is given in writing, through a state or non-state service, or in another way "
            "that allows it to be confirmed. What matters most is knowing exactly what you are agreeing to.",
        },
        "act": "personal-data",
        "article": _PD_ART_8,
    },
    {
        "key": "da-04",
        "pool": "prepost",
        "kind": "multiple",
        "skills": ["data.consent"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Даулет фитнес-клубтың қосымшасына тіркеліп жатыр, қосымша одан дербес деректерін өңдеуге келісім "
            "сұрайды. Қай тұжырымдар дұрыс? Барлық дұрыс жауапты таңдаңыз.",
            "ru": "Даулет регистрируется в приложении фитнес-клуба, и приложение просит у него согласие на обработку "
            "персональных данных. Какие утверждения верны? Выберите все верные ответы.",
            "en": "Daulet is signing up to a fitness club’s app, which asks for his consent to the processing of his "
            "personal data. Which statements are correct? Choose all that apply.",
        },
        "options": [
            {
                "text": {
                    "kk": "Ол келісімді клубта қағаз нысанға қол қойып бере алады.",
                    "ru": "Он может дать согласие, подписав бумажную форму в клубе.",
                    "en": "He can give consent by signing a paper form at the club.",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: жазбаша нысан — келісім берудің заңда аталған тәсілі.",
                    "ru": "Верно: письменная форма — названный в законе способ дать согласие.",
                    "en": "Correct: writing is a way of giving consent named in the law.",
                },
            },
            {
                "text": {
                    "kk": "Ол келісімді қосымшаның өзінде растауға болатын тәсілмен, мысалы, «Келісемін» батырмасымен "
                    "бере алады.",
                    "ru": "Он может дать согласие прямо в приложении способом, который можно подтвердить, например "
                    "кнопкой «Согласен».",
                    "en": "He can give consent in the app itself in a way that can be confirmed, such as an “I agree” "
                    "button.",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: растауға болатын өзге тәсіл де заң бойынша жарамды.",
                    "ru": "Верно: другой способ, который можно подтвердить, по закону тоже подходит.",
                    "en": "Correct: another way that can be confirmed is also valid under the law.",
                },
            },
            {
                "text": {
                    "kk": "Келіспес бұрын ол қандай деректер, не үшін жиналатынын және кімге берілетінін тексергені "
                    "жөн.",
                    "ru": "Прежде чем согласиться, ему стоит проверить, какие данные собираются, зачем и кому они "
                    "передаются.",
                    "en": "Before agreeing, he should check what data is collected, why, and to whom it is passed.",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: саналы келісім осы үш сұрақтың жауабынан басталады.",
                    "ru": "Верно: осознанное согласие начинается с ответов на эти три вопроса.",
                    "en": "Correct: informed consent starts with the answers to these three questions.",
                },
            },
            {
                "text": {
                    "kk": "Ол ештеңе айтпаса, клуб оның үнсіздігін келісім деп санай алады.",
                    "ru": "Если он ничего не ответит, клуб может считать его молчание согласием.",
                    "en": "If he says nothing, the club may treat his silence as consent.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: келісім — растауға болатын нақты әрекет, ал үнсіздік ештеңені растамайды.",
                    "ru": "Неверно: согласие — это конкретное действие, которое можно подтвердить, а молчание ничего "
                    "не подтверждает.",
                    "en": "Wrong: consent is a definite act that can be confirmed, and silence confirms nothing.",
                },
            },
            {
                "text": {
                    "kk": "Келісім бергеннен кейін клуб оның деректерін кез келген серіктесіне өз қалауынша бере "
                    "алады.",
                    "ru": "После согласия клуб может по своему усмотрению передавать его данные любым партнёрам.",
                    "en": "Once he agrees, the club may pass his data to any partner it chooses.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: деректердің кімге берілетіні келісім кезінде айтылуы тиіс, ал заңды негізсіз беруге "
                    "тыйым салынған.",
                    "ru": "Неверно: кому передаются данные, должно быть сказано при согласии, а передача без "
                    "законного основания запрещена.",
                    "en": "Wrong: who receives the data must be stated when consent is asked, and passing data on "
                    "without a lawful basis is banned.",
                },
            },
        ],
        "explanation": {
            "kk": "Келісім жазбаша, сервис арқылы не растауға болатын өзге тәсілмен беріледі, бірақ үнсіздік келісім "
            "емес. Келісім белгілі бір мақсатқа және белгілі бір алушыларға ғана қатысты.",
            "ru": "Согласие даётся письменно, через сервис или иным подтверждаемым способом, но молчание согласием не "
            "является. Согласие касается только определённой цели и определённых получателей.",
            "en": "Consent is given in writing, through a service or in another confirmable way, but silence is not "
            "consent. Consent covers only a particular purpose and particular recipients.",
        },
        "act": "personal-data",
        "article": _PD_ART_8,
    },
    # data.subject-rights, difficulty 2, single
    {
        "key": "da-05",
        "pool": "prepost",
        "kind": "single",
        "skills": ["data.subject-rights"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Бір жыл бұрын сіз дүкеннен жарнамалық хабарламалар алуға келісім бердіңіз. Енді олар мазаңызды "
            "алады. Хабарламаларды тоқтату үшін қай құқығыңызды пайдаланасыз?",
            "ru": "Год назад вы согласились получать рекламные сообщения от магазина. Теперь они вам мешают. Каким "
            "правом вы воспользуетесь, чтобы их прекратить?",
            "en": "A year ago you agreed to receive advertising messages from a shop. Now they bother you. Which right "
            "do you use to stop them?",
        },
        "options": [
            {
                "text": {
                    "kk": "Берген келісімді кері қайтарып алу құқығын",
                    "ru": "Правом отозвать данное согласие",
                    "en": "The right to withdraw the consent you gave",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: заң шектеген жағдайлардан басқа кезде бұрын берілген келісімді кері қайтарып алуға "
                    "болады.",
                    "ru": "Верно: кроме случаев, ограниченных законом, ранее данное согласие можно отозвать.",
                    "en": "Correct: except where the law restricts it, consent given earlier can be withdrawn.",
                },
            },
            {
                "text": {
                    "kk": "Ешқайсысын: бір рет берілген келісім мерзімсіз әрекет етеді",
                    "ru": "Никаким: однажды данное согласие действует бессрочно",
                    "en": "None: consent once given lasts for ever",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заң келісімді кері қайтарып алуға мүмкіндік береді.",
                    "ru": "Неверно: закон позволяет отозвать согласие.",
                    "en": "Wrong: the law allows consent to be withdrawn.",
                },
            },
            {
                "text": {
                    "kk": "Телефон нөмірін ауыстыру құқығын",
                    "ru": "Правом сменить номер телефона",
                    "en": "The right to change your phone number",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: нөмірді ауыстырудың қажеті жоқ, дүкенге келісіміңізді кері қайтарып алатыныңызды "
                    "жазу жеткілікті.",
                    "ru": "Неверно: менять номер не нужно, достаточно написать магазину, что вы отзываете согласие.",
                    "en": "Wrong: there is no need to change your number; it is enough to tell the shop you withdraw "
                    "your consent.",
                },
            },
            {
                "text": {
                    "kk": "Тек сотқа жүгіну құқығын: дүкенге жазудың мәні жоқ",
                    "ru": "Только правом обратиться в суд: писать магазину бессмысленно",
                    "en": "Only the right to go to court: writing to the shop is pointless",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: алдымен деректеріңіз бар ұйымның өзіне жазбаша жүгінесіз, сот — кейінгі қадам.",
                    "ru": "Неверно: сначала вы письменно обращаетесь в организацию, у которой ваши данные, а суд — "
                    "более поздний шаг.",
                    "en": "Wrong: you first write to the organisation that holds your data; court is a later step.",
                },
            },
        ],
        "explanation": {
            "kk": "Келісім мерзімсіз міндеттеме емес: оны кері қайтарып алуға болады. Бұдан кейін ұйым, заңда "
            "көзделген ерекшеліктерді қоспағанда, деректеріңізді сол мақсатта өңдеуді тоқтатуы тиіс.",
            "ru": "Согласие — не бессрочное обязательство: его можно отозвать. После этого организация, за "
            "исключением случаев, предусмотренных законом, должна прекратить обработку ваших данных для этой цели.",
            "en": "Consent is not a lifelong commitment: it can be withdrawn. After that, except in cases provided by "
            "law, the organisation must stop processing your data for that purpose.",
        },
        "act": "personal-data",
        "article": _PD_ART_8,
    },
    {
        "key": "da-06",
        "pool": "prepost",
        "kind": "single",
        "skills": ["data.subject-rights"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Марат фитнес-қосымшаға деректерін жеке ұсыныстар жасау үшін пайдалануға рұқсат берген. Енді ол "
            "қосымшаның деректерін бұдан былай осы мақсатта пайдаланбауын қалайды. Ол не істегені дұрыс?",
            "ru": "Марат разрешил фитнес-приложению использовать его данные для персональных предложений. Теперь он "
            "хочет, чтобы приложение больше не использовало его данные для этой цели. Что ему лучше сделать?",
            "en": "Marat allowed a fitness app to use his data for personalised offers. Now he wants the app to stop "
            "using his data for this purpose. What should he do?",
        },
        "options": [
            {
                "text": {
                    "kk": "Қосымша иесіне келісімін кері қайтарып алатынын жазбаша хабарлау",
                    "ru": "Письменно сообщить владельцу приложения, что он отзывает согласие",
                    "en": "Tell the app’s owner in writing that he withdraws his consent",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: келісімді кері қайтарып алған соң қосымша оның деректерін сол мақсатта өңдеуді "
                    "тоқтатуы тиіс.",
                    "ru": "Верно: после отзыва согласия приложение должно прекратить обработку его данных для этой "
                    "цели.",
                    "en": "Correct: once consent is withdrawn, the app must stop processing his data for that purpose.",
                },
            },
            {
                "text": {
                    "kk": "Ештеңе істей алмайды: рұқсат біржола берілген",
                    "ru": "Ничего: разрешение дано раз и навсегда",
                    "en": "Nothing: the permission was given once and for all",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заң берілген келісімді кері қайтарып алуға мүмкіндік береді.",
                    "ru": "Неверно: закон позволяет отозвать данное согласие.",
                    "en": "Wrong: the law allows consent that was given to be withdrawn.",
                },
            },
            {
                "text": {
                    "kk": "Қосымшаны телефоннан өшіріп тастау жеткілікті: келісім өздігінен жойылады",
                    "ru": "Достаточно удалить приложение с телефона: согласие отменится само",
                    "en": "Just delete the app from his phone: the consent will end by itself",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: қосымшаны өшіру компанияда сақталған деректердің өңделуін өздігінен тоқтатпайды, "
                    "келісімді кері қайтарып алу керек.",
                    "ru": "Неверно: удаление приложения само по себе не останавливает обработку данных, которые уже "
                    "есть у компании; согласие нужно отозвать.",
                    "en": "Wrong: deleting the app does not by itself stop the company processing the data it already "
                    "holds; consent has to be withdrawn.",
                },
            },
            {
                "text": {
                    "kk": "Басқа атпен жаңа аккаунт ашу",
                    "ru": "Завести новый аккаунт под другим именем",
                    "en": "Open a new account under another name",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: жаңа аккаунт ескі деректердің өңделуін тоқтатпайды.",
                    "ru": "Неверно: новый аккаунт не останавливает обработку прежних данных.",
                    "en": "Wrong: a new account does not stop the processing of the old data.",
                },
            },
        ],
        "explanation": {
            "kk": "Деректерді белгілі бір мақсатта пайдалануға берілген рұқсатты кері қайтарып алуға болады. Ол үшін "
            "деректер бар ұйымға не қалайтыныңызды нақты жазып, хаттың көшірмесін сақтаған жөн.",
            "ru": "Разрешение на использование данных для определённой цели можно отозвать. Для этого стоит чётко "
            "написать организации, у которой есть данные, чего вы хотите, и сохранить копию письма.",
            "en": "Permission to use your data for a particular purpose can be withdrawn. To do so, write clearly to "
            "the organisation that holds the data saying what you want, and keep a copy of the letter.",
        },
        "act": "personal-data",
        "article": _PD_ART_8,
    },
    # data.subject-rights, difficulty 3, truefalse
    {
        "key": "da-07",
        "pool": "prepost",
        "kind": "truefalse",
        "skills": ["data.subject-rights"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Дербес деректерді өңдеуге берген келісіміңізді кері қайтарып алсаңыз, өтелмеген несиеңіз жойылады.",
            "ru": "Если вы отзовёте согласие на обработку персональных данных, ваш непогашенный кредит будет списан.",
            "en": "If you withdraw your consent to the processing of your personal data, your unpaid loan is "
            "cancelled.",
        },
        "options": [
            {
                "text": {"kk": "Дұрыс", "ru": "Верно", "en": "True"},
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс таңдау: келісімді кері қайтарып алу қарызды жоймайды, ал орындалмаған міндеттеме "
                    "болса, келісімді қайтарып алудың өзі шектелуі мүмкін.",
                    "ru": "Неверный выбор: отзыв согласия не отменяет долг, а при неисполненном обязательстве сам "
                    "отзыв может быть ограничен.",
                    "en": "Wrong choice: withdrawing consent does not cancel a debt, and while an obligation is "
                    "unfulfilled, withdrawal itself may be restricted.",
                },
            },
            {
                "text": {"kk": "Бұрыс", "ru": "Неверно", "en": "False"},
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс таңдау: қарыз сақталады, оның үстіне орындалмаған міндеттеме болғанда келісімді "
                    "кері қайтарып алуға болмауы мүмкін.",
                    "ru": "Верный выбор: долг остаётся, более того, при неисполненном обязательстве отозвать "
                    "согласие может быть нельзя.",
                    "en": "Right choice: the debt remains, and while an obligation is unfulfilled, consent may not be "
                    "withdrawable at all.",
                },
            },
        ],
        "explanation": {
            "kk": "Келісім — деректерді өңдеуге берілетін рұқсат, ал несие — бөлек міндеттеме. Заң бойынша "
            "орындалмаған міндеттеме болса, келісімді кері қайтарып алуға болмайды.",
            "ru": "Согласие — это разрешение на обработку данных, а кредит — отдельное обязательство. По закону при "
            "неисполненном обязательстве согласие отозвать нельзя.",
            "en": "Consent is permission to process data; a loan is a separate obligation. Under the law, consent "
            "cannot be withdrawn while there is an unfulfilled obligation.",
        },
        "act": "personal-data",
        "article": _PD_ART_8,
    },
    {
        "key": "da-08",
        "pool": "prepost",
        "kind": "truefalse",
        "skills": ["data.subject-rights"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Әсел несиенің бірнеше төлемін әлі өтемеген. Ол несие берген ұйымның өз деректерін өңдеуіне "
            "берген келісімін кез келген уақытта, ешбір ерекшеліксіз кері қайтарып ала алады.",
            "ru": "Асель ещё не погасила несколько платежей по кредиту. Она может в любой момент и без всяких "
            "исключений отозвать согласие на обработку своих данных кредитором.",
            "en": "Asel has not yet paid several instalments on her loan. She can withdraw her consent to the lender "
            "processing her data at any time, without any exceptions.",
        },
        "options": [
            {
                "text": {"kk": "Дұрыс", "ru": "Верно", "en": "True"},
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс таңдау: заң келісімді кері қайтарып алуды шектейтін жағдайларды атайды, "
                    "орындалмаған міндеттеме — солардың бірі.",
                    "ru": "Неверный выбор: закон называет случаи, когда отзыв согласия ограничен, и неисполненное "
                    "обязательство — один из них.",
                    "en": "Wrong choice: the law names cases where withdrawal is restricted, and an unfulfilled "
                    "obligation is one of them.",
                },
            },
            {
                "text": {"kk": "Бұрыс", "ru": "Неверно", "en": "False"},
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс таңдау: несие өтелмейінше Әселдің келісімді кері қайтарып алу құқығы шектелуі мүмкін.",
                    "ru": "Верный выбор: пока кредит не погашен, право Асель отозвать согласие может быть ограничено.",
                    "en": "Right choice: until the loan is repaid, Asel’s right to withdraw consent may be restricted.",
                },
            },
        ],
        "explanation": {
            "kk": "Келісімді кері қайтарып алу құқығы шексіз емес: бұл заңға қайшы келсе немесе орындалмаған "
            "міндеттеме болса, келісімді қайтарып алуға болмайды. Бірақ ұйым бәрібір деректердің құпиялылығын "
            "сақтауы тиіс.",
            "ru": "Право отозвать согласие не безгранично: если это противоречит закону или есть неисполненное "
            "обязательство, отозвать согласие нельзя. Но организация всё равно обязана соблюдать конфиденциальность "
            "данных.",
            "en": "The right to withdraw consent is not unlimited: consent cannot be withdrawn if this contradicts the "
            "law or there is an unfulfilled obligation. But the organisation must still keep the data confidential.",
        },
        "act": "personal-data",
        "article": _PD_ART_8,
    },
    # data.ai-services, difficulty 2, single
    {
        "key": "da-09",
        "pool": "prepost",
        "kind": "single",
        "skills": ["data.ai-services"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Интернет-дүкен сайтындағы чат терезесінде «Аружан» тәулік бойы бірден жауап береді. ЕО-ның ЖИ "
            "туралы актісі бойынша, егер бұл жағдайдан анық көрінбесе, қызмет сізге нені хабарлауы тиіс?",
            "ru": "В окне чата на сайте интернет-магазина «Аружан» круглосуточно отвечает мгновенно. Что, согласно "
            "Регламенту ЕС об ИИ, сервис должен сообщить вам, если это не очевидно из обстоятельств?",
            "en": "In a chat window on an online shop’s website, “Aruzhan” answers instantly round the clock. Under "
            "the EU AI Act, what must the service tell you if it is not obvious from the circumstances?",
        },
        "options": [
            {
                "text": {
                    "kk": "Сіздің машинамен, яғни ЖИ жүйесімен сөйлесіп отырғаныңызды",
                    "ru": "Что вы общаетесь с машиной, то есть с системой ИИ",
                    "en": "That you are talking to a machine, that is, an AI system",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: адамдармен тікелей сөйлесетін ЖИ жүйесі пайдаланушыға оның машина екенін "
                    "хабарлауы тиіс.",
                    "ru": "Верно: система ИИ, которая напрямую общается с людьми, должна сообщать пользователю, что "
                    "он имеет дело с машиной.",
                    "en": "Correct: an AI system that talks directly with people must tell users they are dealing "
                    "with a machine.",
                },
            },
            {
                "text": {
                    "kk": "Бағдарламашының үй мекенжайын",
                    "ru": "Домашний адрес программиста",
                    "en": "The programmer’s home address",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: мұндай талап жоқ, міндет — машинамен сөйлесіп отырғаныңызды білдіру.",
                    "ru": "Неверно: такого требования нет; обязанность — сообщить, что вы общаетесь с машиной.",
                    "en": "Wrong: there is no such requirement; the duty is to tell you that you are talking to a "
                    "machine.",
                },
            },
            {
                "text": {
                    "kk": "Чат-ботты жасауға қанша ақша жұмсалғанын",
                    "ru": "Сколько денег потрачено на создание чат-бота",
                    "en": "How much the chatbot cost to build",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: чат-боттың құны сізге оның кім екенін айтпайды, ал ереже дәл соны талап етеді.",
                    "ru": "Неверно: стоимость чат-бота не говорит вам, кто с вами общается, а правило требует именно "
                    "этого.",
                    "en": "Wrong: the chatbot’s cost does not tell you who you are talking to, which is what the rule "
                    "requires.",
                },
            },
            {
                "text": {
                    "kk": "Ештеңе: ЕО актісі чат-боттарға ешқандай талап қоймайды",
                    "ru": "Ничего: Регламент ЕС не предъявляет к чат-ботам никаких требований",
                    "en": "Nothing: the EU AI Act sets no requirements for chatbots",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: чат-боттар шектеулі тәуекелді топқа жатады, оларға ашықтық талабы қойылады.",
                    "ru": "Неверно: чат-боты относятся к группе ограниченного риска, и к ним предъявляется требование "
                    "прозрачности.",
                    "en": "Wrong: chatbots are in the limited-risk group and have a transparency duty.",
                },
            },
        ],
        "explanation": {
            "kk": "ЕО-ның ЖИ туралы актісінің 50-бабы бойынша адамдармен тікелей сөйлесетін ЖИ жүйелері "
            "пайдаланушыға машинамен сөйлесіп отырғанын хабарлауы тиіс. Бұл ереже Қазақстанда тікелей "
            "қолданылмайды, бірақ кез келген чат-ботты бағалауға пайдалы өлшем.",
            "ru": "По статье 50 Регламента ЕС об ИИ системы ИИ, напрямую общающиеся с людьми, должны сообщать "
            "пользователю, что он общается с машиной. В Казахстане это правило напрямую не действует, но это "
            "полезная мерка для оценки любого чат-бота.",
            "en": "Under Article 50 of the EU AI Act, AI systems that talk directly with people must tell users they "
            "are dealing with a machine. The rule does not apply in Kazakhstan directly, but it is a useful yardstick "
            "for judging any chatbot.",
        },
        "act": "eu-ai-act",
        "article": _AI_ACT_ART_50,
    },
    {
        "key": "da-10",
        "pool": "prepost",
        "kind": "single",
        "skills": ["data.ai-services"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "ЕО-ның ЖИ туралы актісі адамдармен тікелей сөйлесетін ЖИ жүйелеріне, мысалы, чат-боттарға қандай "
            "міндет жүктейді?",
            "ru": "Какую обязанность Регламент ЕС об ИИ возлагает на системы ИИ, которые напрямую общаются с людьми, "
            "например на чат-боты?",
            "en": "What duty does the EU AI Act place on AI systems that talk directly with people, such as chatbots?",
        },
        "options": [
            {
                "text": {
                    "kk": "Егер бұл анық көрініп тұрмаса, адамға оның машинамен сөйлесіп отырғанын хабарлау",
                    "ru": "Сообщать человеку, что он общается с машиной, если это не очевидно",
                    "en": "To tell people they are dealing with a machine, unless this is obvious",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бұл — 50-баптағы ашықтық талабы.",
                    "ru": "Верно: это требование прозрачности из статьи 50.",
                    "en": "Correct: this is the transparency duty in Article 50.",
                },
            },
            {
                "text": {
                    "kk": "Әр сөйлесу алдында соттың тексеруінен өту",
                    "ru": "Проходить проверку в суде перед каждым разговором",
                    "en": "To be checked by a court before every conversation",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: мұндай талап жоқ; чат-боттардан ең алдымен ашықтық талап етіледі.",
                    "ru": "Неверно: такого требования нет; от чат-ботов прежде всего требуется прозрачность.",
                    "en": "Wrong: there is no such requirement; what chatbots must above all provide is transparency.",
                },
            },
            {
                "text": {
                    "kk": "Тек ағылшын тілінде жауап беру",
                    "ru": "Отвечать только на английском языке",
                    "en": "To answer only in English",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ереже жауап тіліне емес, пайдаланушыға машина екенін хабарлауға қатысты.",
                    "ru": "Неверно: правило касается не языка ответа, а того, чтобы сообщить пользователю, что он "
                    "общается с машиной.",
                    "en": "Wrong: the rule is not about the language of answers but about telling users they are "
                    "talking to a machine.",
                },
            },
            {
                "text": {
                    "kk": "Өзін міндетті түрде тірі маман ретінде таныстыру",
                    "ru": "Обязательно представляться живым специалистом",
                    "en": "To always present itself as a human specialist",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: керісінше, ЖИ өзін адам етіп көрсетпей, машина екенін ашық айтуы тиіс.",
                    "ru": "Неверно: наоборот, ИИ не должен выдавать себя за человека и должен открыто сообщать, что "
                    "он машина.",
                    "en": "Wrong: on the contrary, AI must not pose as a person and must say openly that it is a "
                    "machine.",
                },
            },
        ],
        "explanation": {
            "kk": "ЕО актісі бойынша чат-боттар шектеулі тәуекелді жүйелерге жатады, сондықтан олардан ең алдымен "
            "ашықтық талап етіледі: адам машинамен сөйлесіп отырғанын білуі керек.",
            "ru": "По Регламенту ЕС чат-боты относятся к системам ограниченного риска, поэтому от них прежде всего "
            "требуется прозрачность: человек должен знать, что общается с машиной.",
            "en": "Under the EU AI Act, chatbots are limited-risk systems, so what is required of them above all is "
            "transparency: people must know they are talking to a machine.",
        },
        "act": "eu-ai-act",
        "article": _AI_ACT_ART_50,
    },
    # data.ai-services, difficulty 4, single
    {
        "key": "da-11",
        "pool": "prepost",
        "kind": "single",
        "skills": ["data.ai-services"],
        "difficulty": 4,
        "scenario": None,
        "stem": {
            "kk": "ЕО елдерінің бірінде банк қосымшасы бірнеше секундта несие беруден бас тартты. Шешімді адамның "
            "қатысуынсыз тек алгоритм қабылдады. Қай тұжырым дұрыс?",
            "ru": "В одной из стран ЕС банковское приложение за несколько секунд отказало в кредите. Решение принял "
            "только алгоритм, без участия человека. Какое утверждение верно?",
            "en": "In an EU country, a bank’s app refused a loan within seconds. The decision was taken by an "
            "algorithm alone, with no person involved. Which statement is correct?",
        },
        "options": [
            {
                "text": {
                    "kk": "GDPR-дың 22-бабы бойынша клиент шешімді адамның қатысуымен қайта қарауды сұрап, өз "
                    "пікірін айтып, оған дау айта алады.",
                    "ru": "По статье 22 GDPR клиент может добиться пересмотра решения с участием человека, высказать "
                    "свою позицию и оспорить решение.",
                    "en": "Under GDPR Article 22, the customer can ask for the decision to be reviewed by a person, "
                    "state their view and contest it.",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: 22-бап мұндай шешімдерді шектейді және адамға осы кепілдіктерді береді.",
                    "ru": "Верно: статья 22 ограничивает такие решения и даёт человеку эти гарантии.",
                    "en": "Correct: Article 22 restricts such decisions and gives the person these safeguards.",
                },
            },
            {
                "text": {
                    "kk": "Алгоритм қабылдаған шешім түпкілікті, оған дау айтуға болмайды.",
                    "ru": "Решение, принятое алгоритмом, окончательно, и оспорить его нельзя.",
                    "en": "A decision taken by an algorithm is final and cannot be challenged.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: 22-бап дәл осындай шешімге дау айту мүмкіндігін береді.",
                    "ru": "Неверно: статья 22 как раз даёт возможность оспорить такое решение.",
                    "en": "Wrong: Article 22 gives exactly the possibility of contesting such a decision.",
                },
            },
            {
                "text": {
                    "kk": "Банк несиені беруге міндетті, өйткені ЕО-да алгоритмдерге ешқандай шешім қабылдауға "
                    "болмайды.",
                    "ru": "Банк обязан выдать кредит, потому что в ЕС алгоритмам вообще запрещено принимать решения.",
                    "en": "The bank must approve the loan, because in the EU algorithms may not take any decisions at "
                    "all.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: 22-бап автоматтандырылған шешімдерге толық тыйым салмайды және несиеге кепілдік "
                    "бермейді, ол адамды қорғау тетіктерін ғана береді.",
                    "ru": "Неверно: статья 22 не запрещает автоматизированные решения полностью и не гарантирует "
                    "кредит, она лишь даёт человеку механизмы защиты.",
                    "en": "Wrong: Article 22 does not ban automated decisions outright or guarantee a loan; it gives "
                    "the person ways to protect themselves.",
                },
            },
            {
                "text": {
                    "kk": "Қазақстандағы қарыз алушы да дәл солай қорғалған, өйткені GDPR Қазақстанда тікелей "
                    "қолданылады.",
                    "ru": "Заёмщик в Казахстане защищён точно так же, потому что GDPR действует в Казахстане напрямую.",
                    "en": "A borrower in Kazakhstan is protected in exactly the same way, because GDPR applies in "
                    "Kazakhstan directly.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: GDPR — ЕО құқығы, Қазақстанда ол тек салыстыру өлшемі; зерттеушілердің пікірінше, "
                    "бізде алгоритм ашықтығы туралы арнайы талап әзірге жоқ.",
                    "ru": "Неверно: GDPR — право ЕС, в Казахстане это лишь мерка для сравнения; по мнению "
                    "исследователей, специального требования о прозрачности алгоритмов у нас пока нет.",
                    "en": "Wrong: GDPR is EU law and in Kazakhstan only a yardstick; researchers note there is no "
                    "special requirement for algorithm transparency here yet.",
                },
            },
        ],
        "explanation": {
            "kk": "GDPR-дың 22-бабы адамға заңдық немесе соған ұқсас елеулі салдар тудыратын, тек автоматтандырылған "
            "шешімдерді шектейді: адам шешімді адамның қатысуымен қайта қарауды сұрап, өз пікірін айтып, оған дау "
            "айта алады. Бұл — ЕО құқығы, Қазақстанда тікелей қолданылмайды.",
            "ru": "Статья 22 GDPR ограничивает решения, основанные только на автоматизированной обработке и влекущие "
            "для человека юридические или сходные существенные последствия: человек может добиться пересмотра с "
            "участием человека, высказать позицию и оспорить решение. Это право ЕС, в Казахстане оно напрямую не "
            "действует.",
            "en": "GDPR Article 22 restricts decisions based solely on automated processing that have legal or "
            "similarly significant effects: the person can obtain review by a human, state their view and contest the "
            "decision. This is EU law and does not apply in Kazakhstan directly.",
        },
        "act": "gdpr",
        "article": _GDPR_ART_22,
    },
    {
        "key": "da-12",
        "pool": "prepost",
        "kind": "single",
        "skills": ["data.ai-services"],
        "difficulty": 4,
        "scenario": None,
        "stem": {
            "kk": "ЕО елдерінің біріндегі жұмысқа қабылдау сайты өтініштерді адамның қатысуынсыз автоматты түрде "
            "қабылдамай тастайды. Қай тұжырым дұрыс?",
            "ru": "Сайт по подбору персонала в одной из стран ЕС автоматически, без участия человека, отклоняет "
            "заявки. Какое утверждение верно?",
            "en": "A recruitment website in an EU country rejects job applications automatically, with no person "
            "involved. Which statement is correct?",
        },
        "options": [
            {
                "text": {
                    "kk": "GDPR-дың 22-бабы бойынша мұндай шешімдер шектеледі; оған жол берілсе, үміткер адамның "
                    "қайта қарауын сұрап, өз пікірін айтып, шешімге дау айта алады.",
                    "ru": "По статье 22 GDPR такие решения ограничены; если оно допускается, кандидат может добиться "
                    "пересмотра человеком, высказать свою позицию и оспорить решение.",
                    "en": "Under GDPR Article 22, such decisions are restricted; where one is allowed, the applicant "
                    "can ask for a person to review it, state their view and contest it.",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бұл — 22-баптағы адамды қорғау кепілдіктері.",
                    "ru": "Верно: это гарантии защиты человека из статьи 22.",
                    "en": "Correct: these are the safeguards for the person in Article 22.",
                },
            },
            {
                "text": {
                    "kk": "Шешімді адам емес, машина қабылдағандықтан, үміткер оған дау айта алмайды.",
                    "ru": "Раз решение принял не человек, а машина, кандидат не может его оспорить.",
                    "en": "Because a machine, not a person, took the decision, the applicant cannot challenge it.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: керісінше, дәл машина шешкен жағдайда 22-бап дау айту мүмкіндігін береді.",
                    "ru": "Неверно: наоборот, именно когда решает машина, статья 22 даёт право оспорить решение.",
                    "en": "Wrong: on the contrary, it is precisely when a machine decides that Article 22 gives a "
                    "right to contest.",
                },
            },
            {
                "text": {
                    "kk": "Алгоритм қабылдамаған әр үміткерді компания жұмысқа алуға міндетті.",
                    "ru": "Компания обязана принять на работу каждого, кого отклонил алгоритм.",
                    "en": "The company must hire everyone the algorithm rejected.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: 22-бап нәтижеге емес, шешімнің қалай қабылданатынына кепілдік береді.",
                    "ru": "Неверно: статья 22 гарантирует не результат, а порядок принятия решения.",
                    "en": "Wrong: Article 22 guarantees how the decision is made, not its outcome.",
                },
            },
            {
                "text": {
                    "kk": "Осылай бас тартылған Қазақстандағы үміткерді де GDPR-дың 22-бабы тікелей қорғайды.",
                    "ru": "Кандидата в Казахстане, которому так отказали, статья 22 GDPR тоже защищает напрямую.",
                    "en": "A job seeker in Kazakhstan rejected this way is also protected by GDPR Article 22 directly.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: GDPR Қазақстанда тікелей қолданылмайды; бізде ол тек салыстыру өлшемі.",
                    "ru": "Неверно: GDPR в Казахстане напрямую не действует; у нас это лишь мерка для сравнения.",
                    "en": "Wrong: GDPR does not apply in Kazakhstan directly; here it is only a yardstick.",
                },
            },
        ],
        "explanation": {
            "kk": "Жұмысқа алудан автоматты түрде бас тарту — адамға елеулі салдар тудыратын шешім, сондықтан ЕО-да "
            "оған GDPR-дың 22-бабындағы кепілдіктер қолданылады. Қазақстанда бұл норма тікелей әрекет етпейді, бірақ "
            "пайдалы өлшем береді.",
            "ru": "Автоматический отказ в работе — решение с существенными последствиями для человека, поэтому в ЕС "
            "к нему применяются гарантии статьи 22 GDPR. В Казахстане эта норма напрямую не действует, но даёт "
            "полезную мерку.",
            "en": "An automatic job rejection is a decision with significant effects on a person, so in the EU the "
            "safeguards of GDPR Article 22 apply. In Kazakhstan this rule does not apply directly, but it is a useful "
            "yardstick.",
        },
        "act": "gdpr",
        "article": _GDPR_ART_22,
    },
    # data.risky-ai, difficulty 2, single
    {
        "key": "da-13",
        "pool": "prepost",
        "kind": "single",
        "skills": ["data.risky-ai"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Чат-бот сізге: «Заң бойынша айыппұлды бүгін төлеуіңіз керек», — деп жазды. Ол заңның атауын да, "
            "бабын да көрсетпеді. Ең ақылға қонымды қадам қандай?",
            "ru": "Чат-бот написал вам: «По закону вы должны оплатить штраф сегодня же». Он не назвал ни закон, ни "
            "статью. Какой шаг самый разумный?",
            "en": "A chatbot tells you: “By law you must pay the fine today.” It names neither the law nor the "
            "article. What is the wisest step?",
        },
        "options": [
            {
                "text": {
                    "kk": "Тұжырымды тексеру: заңның атауын, нөмірін және бабын adilet.zan.kz сайтынан іздеу немесе "
                    "адамнан, мысалы, заң клиникасынан сұрау",
                    "ru": "Проверить утверждение: найти название, номер и статью закона на adilet.zan.kz или "
                    "спросить человека, например в юридической клинике",
                    "en": "Check the claim: look up the law’s name, number and article on adilet.zan.kz, or ask a "
                    "person, for example at a legal clinic",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: дереккөзсіз жауап ойдан шығарылған болуы мүмкін, сондықтан оны тексеру керек.",
                    "ru": "Верно: ответ без источника может быть выдуман, поэтому его нужно проверить.",
                    "en": "Correct: an answer with no source may be invented, so it needs checking.",
                },
            },
            {
                "text": {
                    "kk": "Бірден төлеу: сенімді айтылған жауап — дұрыс жауап",
                    "ru": "Сразу заплатить: уверенный ответ — правильный ответ",
                    "en": "Pay at once: a confident answer is a correct answer",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ЖИ ойдан шығарылған жауапты да сенімді түрде айта береді.",
                    "ru": "Неверно: ИИ так же уверенно выдаёт и выдуманные ответы.",
                    "en": "Wrong: AI states invented answers just as confidently.",
                },
            },
            {
                "text": {
                    "kk": "Сол чат-боттан қайта сұрау: жауабын қайталаса, демек, бұл шындық",
                    "ru": "Спросить тот же чат-бот ещё раз: если он повторит ответ, значит, это правда",
                    "en": "Ask the same chatbot again: if it repeats the answer, it must be true",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: қайталанған жауап тексерілген жауап емес, чат-бот қатесін қайталай беруі мүмкін.",
                    "ru": "Неверно: повторённый ответ не становится проверенным, чат-бот может повторять ошибку.",
                    "en": "Wrong: a repeated answer is not a checked one; the chatbot may simply repeat its mistake.",
                },
            },
            {
                "text": {
                    "kk": "Толығырақ жауап алу үшін чат-ботқа ақылы «премиум» жазылым сатып алу",
                    "ru": "Купить у чат-бота платную «премиум»-подписку ради более подробного ответа",
                    "en": "Buy a paid “premium” subscription from the chatbot for a more detailed answer",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ақы төлеу жауапты тексерілген етпейді, ал асығыс төлемге итермелеу — қауіп белгісі.",
                    "ru": "Неверно: оплата не делает ответ проверенным, а подталкивание к поспешной оплате — "
                    "тревожный признак.",
                    "en": "Wrong: paying does not make an answer verified, and pressure to pay in a hurry is a "
                    "warning sign.",
                },
            },
        ],
        "explanation": {
            "kk": "Тілдік модельдер кейде жоқ заңды, бапты немесе мерзімді сенімді түрде ойдан шығарады. Заңның "
            "атауы, нөмірі және бабы көрсетілмеген жауапқа сүйеніп шешім қабылдамай, оны ресми дереккөзден тексеріңіз "
            "немесе адамнан кеңес алыңыз.",
            "ru": "Языковые модели иногда уверенно выдумывают несуществующий закон, статью или срок. Не принимайте "
            "решений на основе ответа без названия, номера и статьи закона: проверьте его по официальному источнику "
            "или посоветуйтесь с человеком.",
            "en": "Language models sometimes confidently invent laws, articles or deadlines. Do not act on an answer "
            "that gives no law name, number and article: check it against an official source or ask a person.",
        },
        "act": "consumer-protection",
        "article": _CP_ART_1,
    },
    {
        "key": "da-14",
        "pool": "prepost",
        "kind": "single",
        "skills": ["data.risky-ai"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "ЖИ-дің заңгерлік сұраққа берген жауабына қай белгі бойынша көбірек сенуге болады?",
            "ru": "По какому признаку ответу ИИ на юридический вопрос можно доверять больше?",
            "en": "Which sign makes an AI answer to a legal question more trustworthy?",
        },
        "options": [
            {
                "text": {
                    "kk": "Жауапта adilet.zan.kz сайтынан тексеруге болатын заңның атауы, нөмірі және бабы көрсетілген",
                    "ru": "В ответе указаны название, номер и статья закона, которые можно проверить на adilet.zan.kz",
                    "en": "The answer gives a law’s name, number and article that you can check on adilet.zan.kz",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: тексеруге болатын дереккөз — жауапқа сенудің негізгі шарты.",
                    "ru": "Верно: источник, который можно проверить, — главное условие доверия к ответу.",
                    "en": "Correct: a source you can check is the key condition for trusting an answer.",
                },
            },
            {
                "text": {
                    "kk": "Жауап өте сенімді үнмен жазылған",
                    "ru": "Ответ написан очень уверенным тоном",
                    "en": "The answer is written in a very confident tone",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: сенімді үн шындықтың белгісі емес, галлюцинация да сенімді естіледі.",
                    "ru": "Неверно: уверенный тон — не признак правды, галлюцинация тоже звучит убедительно.",
                    "en": "Wrong: a confident tone is no sign of truth; a hallucination sounds convincing too.",
                },
            },
            {
                "text": {
                    "kk": "Жауап бірнеше секундта келді",
                    "ru": "Ответ пришёл за несколько секунд",
                    "en": "The answer arrived within seconds",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: жылдамдық жауаптың дұрыстығын көрсетпейді.",
                    "ru": "Неверно: скорость ничего не говорит о правильности ответа.",
                    "en": "Wrong: speed says nothing about whether an answer is correct.",
                },
            },
            {
                "text": {
                    "kk": "Қызмет өзін «ЖИ-заңгер» деп атайды",
                    "ru": "Сервис называет себя «ИИ-юристом»",
                    "en": "The service calls itself an “AI lawyer”",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: өзін заңгер етіп көрсету — керісінше, қауіп белгісі; DoNotPay осындай "
                    "мәлімдемелері үшін айыппұл алды.",
                    "ru": "Неверно: выдавать себя за юриста — наоборот, тревожный признак; DoNotPay оштрафовали как "
                    "раз за такие заявления.",
                    "en": "Wrong: posing as a lawyer is, on the contrary, a warning sign; DoNotPay was fined for just "
                    "such claims.",
                },
            },
        ],
        "explanation": {
            "kk": "Тексеру парағының бір сұрағы: жауапта adilet.zan.kz сайтынан тексеруге болатын заңның атауы, нөмірі "
            "және бабы бар ма? Сенімді үн мен жылдамдық дұрыстықтың белгісі емес.",
            "ru": "Один из вопросов чек-листа: есть ли в ответе название, номер и статья закона, которые можно "
            "проверить на adilet.zan.kz? Уверенный тон и скорость — не признаки правильности.",
            "en": "One checklist question is: does the answer cite a law’s name, number and article that you can "
            "check on adilet.zan.kz? A confident tone and speed are no signs of correctness.",
        },
        "act": "consumer-protection",
        "article": _CP_ART_1,
    },
    # data.risky-ai, difficulty 4, matching
    {
        "key": "da-15",
        "pool": "prepost",
        "kind": "matching",
        "skills": ["data.risky-ai"],
        "difficulty": 4,
        "scenario": None,
        "stem": {
            "kk": "ЖИ қызметтерінің тәуекелдерін нақты мысалдармен сәйкестендіріңіз.",
            "ru": "Сопоставьте риски сервисов ИИ с реальными примерами.",
            "en": "Match each risk of AI services with a real example.",
        },
        "pairs": [
            {
                "left": {
                    "kk": "Ойдан шығарылған жауап",
                    "ru": "Выдуманный ответ",
                    "en": "Invented answer",
                },
                "right": {
                    "kk": "Чат-бот жоқ заң бабына сілтеме жасайды",
                    "ru": "Чат-бот ссылается на несуществующую статью закона",
                    "en": "A chatbot cites an article of law that does not exist",
                },
            },
            {
                "left": {
                    "kk": "Заңгер емес «ЖИ-заңгер»",
                    "ru": "«ИИ-юрист», который не юрист",
                    "en": "An “AI lawyer” that is not a lawyer",
                },
                "right": {
                    "kk": "2025 жылы АҚШ-тың FTC комиссиясы DoNotPay компаниясына айыппұл салды",
                    "ru": "В 2025 году FTC США оштрафовала компанию DoNotPay",
                    "en": "In 2025 the US FTC fined DoNotPay",
                },
            },
            {
                "left": {
                    "kk": "Зиянды кеңес",
                    "ru": "Вредный совет",
                    "en": "Harmful advice",
                },
                "right": {
                    "kk": "2023 жылы NEDA ұйымы «Tessa» чат-ботын тоқтатты",
                    "ru": "В 2023 году организация NEDA отключила чат-бот «Tessa»",
                    "en": "In 2023 NEDA shut down its “Tessa” chatbot",
                },
            },
            {
                "left": {
                    "kk": "Деректердің жария болуы",
                    "ru": "Утечка данных",
                    "en": "Data leak",
                },
                "right": {
                    "kk": "Жүктелген құжаттар сақталып, басқа мақсатқа пайдаланылады",
                    "ru": "Загруженные документы хранятся и используются для других целей",
                    "en": "Uploaded documents are stored and used for other purposes",
                },
            },
            {
                "left": {
                    "kk": "Ашық емес алгоритм",
                    "ru": "Непрозрачный алгоритм",
                    "en": "Opaque algorithm",
                },
                "right": {
                    "kk": "Несиеден себебі айтылмай, бірнеше секундта бас тартылады",
                    "ru": "В кредите отказывают за несколько секунд, не называя причины",
                    "en": "A loan is refused within seconds and no reason is given",
                },
            },
        ],
        "explanation": {
            "kk": "Сабақта бес негізгі тәуекел аталады: ойдан шығарылған жауап, заңгер емес «ЖИ-заңгер», зиянды кеңес, "
            "деректердің жария болуы және ашық емес алгоритм. Әрқайсысын нақты белгісінен тану қызметті дер кезінде "
            "тоқтатып, адамнан көмек сұрауға мүмкіндік береді.",
            "ru": "В уроке названы пять главных рисков: выдуманный ответ, «ИИ-юрист», который не юрист, вредный совет, "
            "утечка данных и непрозрачный алгоритм. Узнав каждый по конкретному признаку, можно вовремя остановиться "
            "и обратиться за помощью к человеку.",
            "en": "The lesson names five main risks: invented answers, an “AI lawyer” that is not a lawyer, harmful "
            "advice, data leaks and opaque algorithms. Recognising each by a concrete sign lets you stop in time and "
            "ask a person for help.",
        },
        "act": "consumer-protection",
        "article": _CP_ART_1,
    },
    {
        "key": "da-16",
        "pool": "prepost",
        "kind": "matching",
        "skills": ["data.risky-ai"],
        "difficulty": 4,
        "scenario": None,
        "stem": {
            "kk": "ЖИ қызметтерінің тәуекелдерін оларды көрсететін жағдайлармен сәйкестендіріңіз.",
            "ru": "Сопоставьте риски сервисов ИИ с ситуациями, в которых они проявляются.",
            "en": "Match each risk of AI services with the situation that shows it.",
        },
        "pairs": [
            {
                "left": {
                    "kk": "Ойдан шығарылған жауап",
                    "ru": "Выдуманный ответ",
                    "en": "Invented answer",
                },
                "right": {
                    "kk": "Бот мерзім мен заңды атайды, бірақ adilet.zan.kz сайтынан екеуі де табылмайды",
                    "ru": "Бот называет срок и закон, но на adilet.zan.kz не находится ни то, ни другое",
                    "en": "A bot names a deadline and a law, but neither can be found on adilet.zan.kz",
                },
            },
            {
                "left": {
                    "kk": "Заңгер емес «ЖИ-заңгер»",
                    "ru": "«ИИ-юрист», который не юрист",
                    "en": "An “AI lawyer” that is not a lawyer",
                },
                "right": {
                    "kk": "Қосымша өзін «жеке адвокатыңыз, заңгердің қажеті жоқ» деп жарнамалайды",
                    "ru": "Приложение рекламирует себя как «ваш личный адвокат, юрист больше не нужен»",
                    "en": "An app advertises itself as “your personal advocate, no lawyer needed”",
                },
            },
            {
                "left": {
                    "kk": "Зиянды кеңес",
                    "ru": "Вредный совет",
                    "en": "Harmful advice",
                },
                "right": {
                    "kk": "Денсаулық туралы чат-бот науқас адамға қауіпті диетаны ұсынады",
                    "ru": "Чат-бот о здоровье советует больному человеку опасную диету",
                    "en": "A health chatbot recommends a dangerous diet to a person who is ill",
                },
            },
            {
                "left": {
                    "kk": "Деректердің жария болуы",
                    "ru": "Утечка данных",
                    "en": "Data leak",
                },
                "right": {
                    "kk": "Тегін чат-ботқа жіберілген жеке куәлік суреттері кейін басқа сайттан табылады",
                    "ru": "Фото удостоверения личности, отправленные бесплатному чат-боту, потом всплывают на другом "
                    "сайте",
                    "en": "Photos of an ID card sent to a free chatbot later turn up on another website",
                },
            },
            {
                "left": {
                    "kk": "Ашық емес алгоритм",
                    "ru": "Непрозрачный алгоритм",
                    "en": "Opaque algorithm",
                },
                "right": {
                    "kk": "Сақтандыру компаниясының қосымшасы сізге жоғары баға белгілейді, бірақ себебін түсіндіре "
                    "алмайды",
                    "ru": "Приложение страховой компании назначает вам высокую цену, но не может объяснить почему",
                    "en": "An insurer’s app sets you a high price but cannot explain why",
                },
            },
        ],
        "explanation": {
            "kk": "Әр жағдай бес тәуекелдің бірін көрсетеді. Тексерілмейтін мерзім — ойдан шығарылған жауаптың, ал "
            "себебі айтылмаған шешім ашық емес алгоритмнің белгісі; мұндайда қызметті тоқтатып, адамнан көмек "
            "сұраған жөн.",
            "ru": "Каждая ситуация показывает один из пяти рисков. Непроверяемый срок — признак выдуманного ответа, а "
            "решение без объяснения причин — признак непрозрачного алгоритма; в таких случаях лучше остановиться и "
            "обратиться к человеку.",
            "en": "Each situation shows one of the five risks. A deadline that cannot be checked points to an invented "
            "answer, and an unexplained decision to an opaque algorithm; in such cases it is wise to stop and turn to "
            "a person.",
        },
        "act": "consumer-protection",
        "article": _CP_ART_1,
    },
    # data.seek-help, difficulty 1, single
    {
        "key": "da-17",
        "pool": "prepost",
        "kind": "single",
        "skills": ["data.seek-help"],
        "difficulty": 1,
        "scenario": None,
        "stem": {
            "kk": "Мемлекет кепілдік берген тегін заң көмегіне қай портал арқылы өтінім беруге болады?",
            "ru": "Через какой портал можно подать заявку на гарантированную государством бесплатную юридическую "
            "помощь?",
            "en": "Through which portal can you apply for state-guaranteed free legal aid?",
        },
        "options": [
            {
                "text": {
                    "kk": "«E-Заң көмегі» порталы",
                    "ru": "Портал «E-Заң көмегі»",
                    "en": "The “E-Zan komegi” portal",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: өтінімді осы портал немесе «Заң көмегі» қосымшасы арқылы беруге болады.",
                    "ru": "Верно: заявку можно подать через этот портал или приложение «Заң көмегі».",
                    "en": "Correct: you can apply through this portal or through the “Zan komegi” app.",
                },
            },
            {
                "text": {
                    "kk": "Шетелдік тегін чат-боттың сайты",
                    "ru": "Сайт бесплатного иностранного чат-бота",
                    "en": "The website of a free foreign chatbot",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: шетелдік чат-бот мемлекеттік заң көмегі жүйесіне кірмейді.",
                    "ru": "Неверно: иностранный чат-бот не входит в государственную систему юридической помощи.",
                    "en": "Wrong: a foreign chatbot is not part of the state legal aid system.",
                },
            },
            {
                "text": {
                    "kk": "Әлеуметтік желідегі «ЖИ-адвокат» парақшасы",
                    "ru": "Страница «ИИ-адвоката» в социальной сети",
                    "en": "An “AI advocate” page on social media",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: мұндай парақша мемлекеттік көмек көрсетпейді, ал өзін адвокат етіп көрсетуі — "
                    "қауіп белгісі.",
                    "ru": "Неверно: такая страница не оказывает государственную помощь, а выдавать себя за адвоката — "
                    "тревожный признак.",
                    "en": "Wrong: such a page does not provide state aid, and posing as an advocate is a warning sign.",
                },
            },
            {
                "text": {
                    "kk": "Интернет-дүкеннің көмек чаты",
                    "ru": "Чат поддержки интернет-магазина",
                    "en": "An online shop’s help chat",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: дүкеннің чаты тек өз тауарлары туралы сұрақтарға жауап береді.",
                    "ru": "Неверно: чат магазина отвечает только на вопросы о его товарах.",
                    "en": "Wrong: a shop’s chat answers only questions about its own goods.",
                },
            },
        ],
        "explanation": {
            "kk": "«E-Заң көмегі» — заң көмегінің бірыңғай ақпараттық жүйесі негізінде жасалған мемлекеттік портал; "
            "өтінімді «Заң көмегі» қосымшасы арқылы да беруге болады. Мемлекет кепілдік берген көмек үшін ақша "
            "сұралса, бас тартып, бұл туралы хабарлаңыз.",
            "ru": "«E-Заң көмегі» — государственный портал, созданный на основе единой информационной системы "
            "юридической помощи; заявку можно подать и через приложение «Заң көмегі». Если за гарантированную "
            "государством помощь просят деньги, откажитесь и сообщите об этом.",
            "en": "“E-Zan komegi” is a state portal built on the unified information system of legal aid; you can "
            "also apply through the “Zan komegi” app. If you are asked to pay for state-guaranteed aid, refuse and "
            "report it.",
        },
        "act": "advocacy-legal-aid",
        "article": _ALA_ART_24,
    },
    {
        "key": "da-18",
        "pool": "prepost",
        "kind": "single",
        "skills": ["data.seek-help"],
        "difficulty": 1,
        "scenario": None,
        "stem": {
            "kk": "Тегін заң көмегі жүйесіне кіретін анықтама телефоны қай нөмір?",
            "ru": "Какой справочный телефон входит в систему бесплатной юридической помощи?",
            "en": "Which helpline number is part of the free legal aid system?",
        },
        "options": [
            {
                "text": {"kk": "1414", "ru": "1414", "en": "1414"},
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: 1414 анықтама телефоны тегін заң көмегі жүйесінің бір бөлігі.",
                    "ru": "Верно: справочный телефон 1414 — часть системы бесплатной юридической помощи.",
                    "en": "Correct: the 1414 helpline is part of the free legal aid system.",
                },
            },
            {
                "text": {"kk": "112", "ru": "112", "en": "112"},
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: 112 — шұғыл қызметтердің нөмірі, заң кеңесінің емес.",
                    "ru": "Неверно: 112 — номер экстренных служб, а не юридических консультаций.",
                    "en": "Wrong: 112 is the emergency number, not a legal advice line.",
                },
            },
            {
                "text": {"kk": "102", "ru": "102", "en": "102"},
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: 102 — полицияның нөмірі.",
                    "ru": "Неверно: 102 — номер полиции.",
                    "en": "Wrong: 102 is the police number.",
                },
            },
            {
                "text": {
                    "kk": "Сізге өзі хабарласқан «ЖИ-заңгердің» нөмірі",
                    "ru": "Номер «ИИ-юриста», который сам вам позвонил",
                    "en": "The number of an “AI lawyer” that called you out of the blue",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: өзі хабарласып, қызмет ұсынған белгісіз «ЖИ-заңгерге» сенуге болмайды.",
                    "ru": "Неверно: неизвестному «ИИ-юристу», который сам звонит и предлагает услуги, доверять нельзя.",
                    "en": "Wrong: an unknown “AI lawyer” that calls you to offer services is not to be trusted.",
                },
            },
        ],
        "explanation": {
            "kk": "Конституция әркімге білікті заң көмегін алу құқығын береді, ал заңда көзделген жағдайларда бұл "
            "көмек тегін. Оған 1414 телефоны, «E-Заң көмегі» порталы не «Заң көмегі» қосымшасы арқылы жүгінуге "
            "болады.",
            "ru": "Конституция даёт каждому право на квалифицированную юридическую помощь, а в случаях, "
            "предусмотренных законом, она бесплатна. Обратиться за ней можно по телефону 1414, через портал "
            "«E-Заң көмегі» или приложение «Заң көмегі».",
            "en": "The Constitution gives everyone the right to qualified legal assistance, and in cases provided by "
            "law it is free. You can seek it through the 1414 helpline, the “E-Zan komegi” portal or the “Zan "
            "komegi” app.",
        },
        "act": "constitution",
        "article": _CONST_ART_13_3,
    },
    # data.seek-help, difficulty 3, ordering
    {
        "key": "da-19",
        "pool": "prepost",
        "kind": "ordering",
        "skills": ["data.seek-help"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Ақтөбелік Гүлнараға бір интернет-дүкеннен жарнама келе береді, ол енді мұны қаламайды және нөмірі "
            "басқа компанияларға берілген болар деп күдіктенеді. Курста ұсынылған қадамдарды дұрыс ретпен "
            "орналастырыңыз.",
            "ru": "Гульнаре из Актобе продолжает приходить реклама от интернет-магазина; она больше этого не хочет и "
            "подозревает, что её номер передали другим компаниям. Расставьте рекомендованные в курсе шаги в "
            "правильном порядке.",
            "en": "Gulnara from Aktobe keeps getting adverts from an online shop; she no longer wants them and "
            "suspects her number was passed to other companies. Put the steps the course recommends in the right "
            "order.",
        },
        "steps": [
            {
                "kk": "Дүкенге жазбаша өтініш жіберіп, өзі туралы қандай деректер бар екенін сұрау және жарнамаға "
                "берген келісімін кері қайтарып алу",
                "ru": "Направить магазину письменное заявление: спросить, какие данные о ней есть, и отозвать "
                "согласие на рекламу",
                "en": "Send the shop a written request asking what data it holds about her, and withdraw her consent "
                "to advertising",
            },
            {
                "kk": "Өтініштің, жауаптың көшірмелерін және хабарламалардың скриншоттарын сақтау",
                "ru": "Сохранить копии заявления и ответа, а также скриншоты сообщений",
                "en": "Keep copies of the request and the reply, and screenshots of the messages",
            },
            {
                "kk": "Жауап келмесе немесе бас тарту негізсіз болса, дербес деректерді қорғау саласындағы уәкілетті "
                "мемлекеттік органға шағым беру",
                "ru": "Если ответа нет или отказ необоснован, подать жалобу в уполномоченный государственный орган в "
                "сфере защиты персональных данных",
                "en": "If there is no reply or the refusal is unjustified, complain to the authorised state body for "
                "personal data protection",
            },
            {
                "kk": "Зиян келсе, сотқа жүгіну; заңда көзделген жағдайларда құжаттарды тегін заң көмегімен дайындау",
                "ru": "Если причинён вред, обратиться в суд; в случаях, предусмотренных законом, подготовить "
                "документы с помощью бесплатной юридической помощи",
                "en": "If she has suffered harm, go to court, preparing the documents with free legal aid where the "
                "law provides for it",
            },
        ],
        "explanation": {
            "kk": "Алдымен деректер бар ұйымның өзіне жазбаша жүгінесіз, ал бұл хат кейін дәлел болады. Дәлелдерді "
            "сақтайсыз, жауап болмаса, уәкілетті органға шағымданасыз, ал зиян келсе, сотқа барасыз.",
            "ru": "Сначала вы письменно обращаетесь в саму организацию, у которой есть данные, и это письмо потом "
            "станет доказательством. Вы сохраняете доказательства, при отсутствии ответа жалуетесь в уполномоченный "
            "орган, а если причинён вред, идёте в суд.",
            "en": "First you write to the organisation that holds the data, and that letter later serves as evidence. "
            "You keep the evidence, complain to the authorised body if there is no reply, and go to court if you "
            "have suffered harm.",
        },
        "act": "personal-data",
        "article": _PD_ART_8,
    },
    {
        "key": "da-20",
        "pool": "prepost",
        "kind": "ordering",
        "skills": ["data.seek-help"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Тимур бір қосымшаның оның деректерін өңдеуіне енді келіспейді, бірақ қосымша оған жарнамалық "
            "ұсыныстар жіберуін тоқтатпай жатыр. Оның әрекеттерін дұрыс ретпен орналастырыңыз.",
            "ru": "Тимур больше не согласен, чтобы приложение обрабатывало его данные, но оно продолжает присылать "
            "ему рекламные предложения. Расставьте его действия в правильном порядке.",
            "en": "Timur no longer agrees to an app processing his data, but the app keeps sending him advertising "
            "offers. Put his actions in the right order.",
        },
        "steps": [
            {
                "kk": "Қосымша иесіне келісімін кері қайтарып алатынын нақты көрсетіп, жазбаша хат жіберу",
                "ru": "Написать владельцу приложения письмо, чётко указав, что он отзывает согласие",
                "en": "Write to the app’s owner, stating clearly that he withdraws his consent",
            },
            {
                "kk": "Хатты, келген жауапты және ұсыныстардың скриншоттарын сақтап қою",
                "ru": "Сохранить письмо, полученный ответ и скриншоты предложений",
                "en": "Save the letter, any reply and screenshots of the offers",
            },
            {
                "kk": "Иесі жауап бермесе немесе негізсіз бас тартса, уәкілетті мемлекеттік органға шағым түсіру",
                "ru": "Если владелец не ответит или откажет без оснований, подать жалобу в уполномоченный "
                "государственный орган",
                "en": "If the owner does not reply or refuses without good reason, file a complaint with the "
                "authorised state body",
            },
            {
                "kk": "Зиян келтірілсе, сотқа жүгіну, заңда көзделген жағдайда тегін заң көмегін пайдалану",
                "ru": "Если причинён вред, обратиться в суд, а в случаях, предусмотренных законом, воспользоваться "
                "бесплатной юридической помощью",
                "en": "If harm has been done, go to court, using free legal aid where the law provides for it",
            },
        ],
        "explanation": {
            "kk": "Құқықты қорғау ұйымның өзіне жазбаша жүгінуден басталады, сосын дәлелдер жиналады. Уәкілетті "
            "орган мен сот — ұйым жауап бермеген немесе зиян келтірілген кезде жүгінетін келесі сатылар.",
            "ru": "Защита прав начинается с письменного обращения в саму организацию, затем собираются "
            "доказательства. Уполномоченный орган и суд — следующие ступени, если организация не ответила или "
            "причинён вред.",
            "en": "Defending your rights starts with writing to the organisation itself, then gathering evidence. The "
            "authorised body and the court are the next steps if the organisation does not reply or harm is done.",
        },
        "act": "personal-data",
        "article": _PD_ART_8,
    },
    # ----------------------------------------------------------------------------------------
    # Lesson checks
    # ----------------------------------------------------------------------------------------
    # Lesson 1: what-is-personal-data-and-consent
    {
        "key": "da-21",
        "pool": "check:what-is-personal-data-and-consent",
        "kind": "single",
        "skills": ["data.consent"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Қалта шамы қосымшасы контактілер тізіміне рұқсат сұрап тұр. Ең дұрыс әрекет қандай?",
            "ru": "Приложение-фонарик запрашивает доступ к списку контактов. Как лучше всего поступить?",
            "en": "A torch app asks for access to your contact list. What is the most sensible response?",
        },
        "options": [
            {
                "text": {
                    "kk": "Рұқсат бермеу: қалта шамына контактілер қажет емес, керек болса, басқа қосымша таңдауға "
                    "болады",
                    "ru": "Не давать разрешение: фонарику контакты не нужны, при необходимости можно выбрать другое "
                    "приложение",
                    "en": "Refuse the permission: a torch does not need contacts, and you can choose another app if "
                    "needed",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: қызметке қажет емес деректерді беруге міндетті емессіз.",
                    "ru": "Верно: вы не обязаны отдавать данные, которые сервису не нужны.",
                    "en": "Correct: you do not have to hand over data the service does not need.",
                },
            },
            {
                "text": {
                    "kk": "Келісу: кез келген қосымшаға контактілер керек",
                    "ru": "Согласиться: контакты нужны любому приложению",
                    "en": "Agree: every app needs your contacts",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: қалта шамы контактілерсіз де жұмыс істейді, ал артық рұқсат сұралуы — сақ болуға "
                    "белгі.",
                    "ru": "Неверно: фонарик работает и без контактов, а запрос лишних разрешений — повод "
                    "насторожиться.",
                    "en": "Wrong: a torch works without contacts, and a request for unnecessary permissions is a "
                    "reason to be on guard.",
                },
            },
            {
                "text": {
                    "kk": "Келісу, өйткені контактілер тізімі тек сізге қатысты",
                    "ru": "Согласиться, ведь список контактов касается только вас",
                    "en": "Agree, because your contact list concerns only you",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: тізімде туыстарыңыз бен достарыңыздың да деректері бар, ал олар келісім бермеген.",
                    "ru": "Неверно: в списке есть данные ваших родственников и друзей, а они согласия не давали.",
                    "en": "Wrong: the list holds your relatives’ and friends’ data too, and they gave no consent.",
                },
            },
            {
                "text": {
                    "kk": "Алдымен келісіп, құпиялылық саясатын кейін оқу",
                    "ru": "Сначала согласиться, а политику конфиденциальности прочитать потом",
                    "en": "Agree first and read the privacy policy later",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: қандай деректер, не үшін және кімге берілетінін келіспес бұрын білген жөн.",
                    "ru": "Неверно: какие данные, зачем и кому передаются, стоит узнать до того, как соглашаться.",
                    "en": "Wrong: what data is taken, why and for whom is worth knowing before you agree.",
                },
            },
        ],
        "explanation": {
            "kk": "Қызметке шынымен қажет емес деректерге рұқсат сұралса, бұл — сақ болуға белгі. Келісім саналы "
            "болуы үшін алдымен не, не үшін және кімге берілетінін біліңіз; берілген рұқсатты телефон баптауларынан "
            "кейін де өшіруге болады.",
            "ru": "Если просят доступ к данным, которые сервису на самом деле не нужны, это повод насторожиться. Чтобы "
            "согласие было осознанным, сначала выясните, что, зачем и кому передаётся; выданное разрешение можно и "
            "позже отключить в настройках телефона.",
            "en": "A request for data the service does not really need is a reason to be on guard. For your consent to "
            "be informed, first find out what is passed on, why and to whom; a permission already granted can also be "
            "switched off later in the phone’s settings.",
        },
        "act": "personal-data",
        "article": _PD_ART_8,
    },
    {
        "key": "da-22",
        "pool": "check:what-is-personal-data-and-consent",
        "kind": "truefalse",
        "skills": ["data.consent"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Телефоныңыздағы контактілер тізімінде тек сіздің өз дербес деректеріңіз бар.",
            "ru": "В списке контактов вашего телефона есть только ваши собственные персональные данные.",
            "en": "The contact list on your phone holds only your own personal data.",
        },
        "options": [
            {
                "text": {"kk": "Дұрыс", "ru": "Верно", "en": "True"},
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс таңдау: тізімде туыстарыңыз бен достарыңыздың аты мен нөмірлері бар, бұл — олардың "
                    "дербес деректері.",
                    "ru": "Неверный выбор: в списке имена и номера ваших родственников и друзей, а это их "
                    "персональные данные.",
                    "en": "Wrong choice: the list holds the names and numbers of your relatives and friends, which are "
                    "their personal data.",
                },
            },
            {
                "text": {"kk": "Бұрыс", "ru": "Неверно", "en": "False"},
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс таңдау: контактілер тізімі басқа адамдардың да дербес деректерін қамтиды.",
                    "ru": "Верный выбор: список контактов содержит и персональные данные других людей.",
                    "en": "Right choice: a contact list contains other people’s personal data as well.",
                },
            },
        ],
        "explanation": {
            "kk": "Дербес деректер — белгілі бір адамға қатысты немесе оны анықтауға мүмкіндік беретін мәліметтер. "
            "Контактідегі әр аты-жөн мен нөмір нақты бір адамды анықтайды, ал ол адамдар қосымшаға келісім бермеген.",
            "ru": "Персональные данные — это сведения, которые относятся к определённому человеку или позволяют его "
            "определить. Каждое имя и номер в контактах указывает на конкретного человека, а эти люди приложению "
            "согласия не давали.",
            "en": "Personal data is information that relates to a particular person or allows that person to be "
            "identified. Every name and number in your contacts points to a real person, and those people gave the "
            "app no consent.",
        },
        "act": "personal-data",
        "article": _PD_ART_1,
    },
    {
        "key": "da-23",
        "pool": "check:what-is-personal-data-and-consent",
        "kind": "multiple",
        "skills": ["data.consent"],
        "difficulty": 1,
        "scenario": None,
        "stem": {
            "kk": "Мыналардың қайсысы дербес деректерге жатады? Барлық дұрыс жауапты таңдаңыз.",
            "ru": "Что из перечисленного относится к персональным данным? Выберите все верные ответы.",
            "en": "Which of the following are personal data? Choose all that apply.",
        },
        "options": [
            {
                "text": {"kk": "Сіздің ЖСН-іңіз", "ru": "Ваш ИИН", "en": "Your IIN"},
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: ЖСН нақты бір адамды анықтайды.",
                    "ru": "Верно: ИИН определяет конкретного человека.",
                    "en": "Correct: an IIN identifies one particular person.",
                },
            },
            {
                "text": {"kk": "Сіздің фотосуретіңіз", "ru": "Ваша фотография", "en": "Your photo"},
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: суреттен адамды тануға болады.",
                    "ru": "Верно: по фотографии можно узнать человека.",
                    "en": "Correct: a person can be recognised from a photo.",
                },
            },
            {
                "text": {
                    "kk": "Телефоныңыздың геолокациясы",
                    "ru": "Геолокация вашего телефона",
                    "en": "Your phone’s location",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: геолокация сіздің қайда жүргеніңізді көрсетеді және сізге қатысты.",
                    "ru": "Верно: геолокация показывает, где вы бываете, и относится к вам.",
                    "en": "Correct: location shows where you go and relates to you.",
                },
            },
            {
                "text": {
                    "kk": "Теңгенің бүгінгі бағамы",
                    "ru": "Сегодняшний курс тенге",
                    "en": "Today’s tenge exchange rate",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: бағам ешбір нақты адамға қатысты емес.",
                    "ru": "Неверно: курс валюты не относится ни к какому конкретному человеку.",
                    "en": "Wrong: an exchange rate does not relate to any particular person.",
                },
            },
            {
                "text": {
                    "kk": "Ресми жарияланған заңның мәтіні",
                    "ru": "Текст официально опубликованного закона",
                    "en": "The text of an officially published law",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заң мәтіні нақты бір адамды анықтамайды.",
                    "ru": "Неверно: текст закона не позволяет определить конкретного человека.",
                    "en": "Wrong: the text of a law does not identify any particular person.",
                },
            },
        ],
        "explanation": {
            "kk": "Белгілі бір адамға қатысты немесе оны анықтауға мүмкіндік беретін кез келген мәлімет — ЖСН, "
            "сурет, геолокация — дербес дерек болып табылады. Бағам мен заң мәтіні ешкімді анықтамайды.",
            "ru": "Любые сведения, которые относятся к определённому человеку или позволяют его определить, — ИИН, "
            "фотография, геолокация — это персональные данные. Курс валюты и текст закона никого не определяют.",
            "en": "Any information that relates to a particular person or can identify them, such as an IIN, a photo "
            "or a location, is personal data. An exchange rate or the text of a law identifies no one.",
        },
        "act": "personal-data",
        "article": _PD_ART_1,
    },
    # Lesson 2: your-rights-over-your-data
    {
        "key": "da-24",
        "pool": "check:your-rights-over-your-data",
        "kind": "single",
        "skills": ["data.subject-rights"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Сіз келісіміңізді кері қайтарып алдыңыз. Бұдан кейін ұйым, әдетте, не істеуі тиіс?",
            "ru": "Вы отозвали своё согласие. Что, как правило, должна после этого сделать организация?",
            "en": "You have withdrawn your consent. What must the organisation generally do next?",
        },
        "options": [
            {
                "text": {
                    "kk": "Заңда көзделген ерекшеліктерді қоспағанда, деректеріңізді сол мақсатта жинауды және "
                    "өңдеуді тоқтату",
                    "ru": "За исключением случаев, предусмотренных законом, прекратить сбор и обработку ваших данных "
                    "для этой цели",
                    "en": "Stop collecting and processing your data for that purpose, except in cases provided by law",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: келісімді кері қайтарып алудың мәні — осы.",
                    "ru": "Верно: именно в этом смысл отзыва согласия.",
                    "en": "Correct: that is exactly what withdrawing consent is for.",
                },
            },
            {
                "text": {
                    "kk": "Ештеңе: бұрынғыдай жалғастыра береді",
                    "ru": "Ничего: продолжать как раньше",
                    "en": "Nothing: carry on as before",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: келісім кері қайтарылған соң ұйым деректерді сол мақсатта өңдей алмайды.",
                    "ru": "Неверно: после отзыва согласия организация не может обрабатывать данные для этой цели.",
                    "en": "Wrong: once consent is withdrawn, the organisation may not process the data for that "
                    "purpose.",
                },
            },
            {
                "text": {
                    "kk": "Тексеріп алуыңыз үшін деректеріңізді сайтында жариялау",
                    "ru": "Опубликовать ваши данные на своём сайте, чтобы вы могли их проверить",
                    "en": "Publish your data on its website so that you can check it",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: бұл құпиялылық талабын бұзар еді.",
                    "ru": "Неверно: это нарушило бы требование конфиденциальности.",
                    "en": "Wrong: that would breach the confidentiality requirement.",
                },
            },
            {
                "text": {
                    "kk": "Деректеріңізді пайдаланғаны үшін сізге ақы төлеу",
                    "ru": "Заплатить вам за использование ваших данных",
                    "en": "Pay you for having used your data",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: келісімді кері қайтарып алу ақы төлеуге емес, өңдеуді тоқтатуға әкеледі.",
                    "ru": "Неверно: отзыв согласия ведёт не к выплате, а к прекращению обработки.",
                    "en": "Wrong: withdrawing consent leads to processing stopping, not to a payment.",
                },
            },
        ],
        "explanation": {
            "kk": "Келісімді кері қайтарып алу — бұрын берілген рұқсаттан бас тарту. Осыдан кейін ұйым, заңда "
            "көзделген ерекшеліктерді қоспағанда, деректеріңізді сол мақсатта жинауды және өңдеуді тоқтатуы тиіс.",
            "ru": "Отзыв согласия — это отказ от ранее данного разрешения. После этого организация, за исключением "
            "случаев, предусмотренных законом, должна прекратить сбор и обработку ваших данных для этой цели.",
            "en": "Withdrawing consent means revoking a permission you gave earlier. After that, except in cases "
            "provided by law, the organisation must stop collecting and processing your data for that purpose.",
        },
        "act": "personal-data",
        "article": _PD_ART_8,
    },
    {
        "key": "da-25",
        "pool": "check:your-rights-over-your-data",
        "kind": "truefalse",
        "skills": ["data.subject-rights"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Өтелмеген несиеге байланысты келісімді кері қайтарып алу шектелсе де, несие берген ұйым "
            "деректеріңіздің құпиялылығын сақтауға міндетті.",
            "ru": "Даже если отзыв согласия ограничен из-за непогашенного кредита, кредитор обязан соблюдать "
            "конфиденциальность ваших данных.",
            "en": "Even when withdrawing consent is restricted because of an unpaid loan, the lender must keep your "
            "data confidential.",
        },
        "options": [
            {
                "text": {"kk": "Дұрыс", "ru": "Верно", "en": "True"},
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс таңдау: келісімді қайтарып алудың шектелуі құпиялылық талабын жоймайды.",
                    "ru": "Верный выбор: ограничение отзыва согласия не отменяет требования конфиденциальности.",
                    "en": "Right choice: a restriction on withdrawing consent does not cancel the confidentiality "
                    "requirement.",
                },
            },
            {
                "text": {"kk": "Бұрыс", "ru": "Неверно", "en": "False"},
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс таңдау: қарыз болса да, ұйым деректеріңізді жария етпеуі тиіс.",
                    "ru": "Неверный выбор: даже при долге организация не должна разглашать ваши данные.",
                    "en": "Wrong choice: even if you owe money, the organisation must not disclose your data.",
                },
            },
        ],
        "explanation": {
            "kk": "Орындалмаған міндеттеме болғанда заң келісімді кері қайтарып алуды шектейді. Бірақ құпиялылық — "
            "заңның негізгі қағидаларының бірі, ол қарыз бар кезде де сақталады.",
            "ru": "При неисполненном обязательстве закон ограничивает отзыв согласия. Но конфиденциальность — один из "
            "основных принципов закона, и она соблюдается даже при наличии долга.",
            "en": "When there is an unfulfilled obligation, the law restricts withdrawal of consent. But "
            "confidentiality is one of the law’s core principles, and it applies even when you are in debt.",
        },
        "act": "personal-data",
        "article": _PD_ART_8,
    },
    {
        "key": "da-26",
        "pool": "check:your-rights-over-your-data",
        "kind": "single",
        "skills": ["data.seek-help"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Серіктің телефон нөмірі оның келісімінсіз бөгде компанияларға берілді. Ол зиян шекті, сотқа "
            "жүгінгісі келеді, бірақ ақылы заңгер жалдауға қаражаты жоқ. Қай тұжырым дұрыс?",
            "ru": "Номер телефона Серика без его согласия передали посторонним компаниям. Ему причинён вред, он хочет "
            "обратиться в суд, но не может оплатить юриста. Какое утверждение верно?",
            "en": "Serik’s phone number was passed to other companies without his consent. He has suffered harm and "
            "wants to go to court but cannot afford a lawyer. Which statement is correct?",
        },
        "options": [
            {
                "text": {
                    "kk": "Заңда көзделген жағдайларда құжаттарды дайындауға тегін заң көмегі көмектесе алады",
                    "ru": "В случаях, предусмотренных законом, с подготовкой документов может помочь бесплатная "
                    "юридическая помощь",
                    "en": "In cases provided by law, free legal aid can help him prepare the documents",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: заңда көзделген жағдайларда білікті заң көмегі тегін көрсетіледі.",
                    "ru": "Верно: в случаях, предусмотренных законом, квалифицированная юридическая помощь "
                    "оказывается бесплатно.",
                    "en": "Correct: in cases provided by law, qualified legal assistance is free.",
                },
            },
            {
                "text": {
                    "kk": "Сотқа тек ақылы адвокатпен ғана жүгінуге болады",
                    "ru": "Обратиться в суд можно только с платным адвокатом",
                    "en": "You can only go to court with a paid advocate",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: Конституция бойынша заңда көзделген жағдайларда заң көмегі тегін.",
                    "ru": "Неверно: по Конституции в случаях, предусмотренных законом, юридическая помощь бесплатна.",
                    "en": "Wrong: under the Constitution, legal assistance is free in cases provided by law.",
                },
            },
            {
                "text": {
                    "kk": "Деректері рұқсатсыз берілген адам сотқа жүгіне алмайды",
                    "ru": "Человек, чьи данные передали без разрешения, не может обратиться в суд",
                    "en": "A person whose data was passed on without permission cannot go to court",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: зиян келсе, құқығыңызды қорғау үшін сотқа жүгінуге болады.",
                    "ru": "Неверно: если причинён вред, можно обратиться в суд, чтобы защитить свои права.",
                    "en": "Wrong: if you have suffered harm, you can go to court to defend your rights.",
                },
            },
            {
                "text": {
                    "kk": "Сотқа арналған құжаттарды тегін тек шетелдік чат-бот жаза алады",
                    "ru": "Бесплатно составить документы для суда может только иностранный чат-бот",
                    "en": "Only a foreign chatbot can draft court documents for free",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: чат-бот заңгер емес, ал оған құжаттарды жіберу деректеріңізді қатерге тігеді.",
                    "ru": "Неверно: чат-бот не юрист, а отправка ему документов ставит ваши данные под угрозу.",
                    "en": "Wrong: a chatbot is not a lawyer, and sending it your documents puts your data at risk.",
                },
            },
        ],
        "explanation": {
            "kk": "Конституция бойынша әркім білікті заң көмегін алуға құқылы, ал заңда көзделген жағдайларда бұл "
            "көмек тегін. Оған «E-Заң көмегі» порталы, «Заң көмегі» қосымшасы немесе 1414 телефоны арқылы жүгінуге "
            "болады.",
            "ru": "По Конституции каждый имеет право на квалифицированную юридическую помощь, а в случаях, "
            "предусмотренных законом, она бесплатна. Обратиться за ней можно через портал «E-Заң көмегі», приложение "
            "«Заң көмегі» или по телефону 1414.",
            "en": "Under the Constitution, everyone has the right to qualified legal assistance, and in cases provided "
            "by law it is free. You can seek it through the “E-Zan komegi” portal, the “Zan komegi” app or the 1414 "
            "helpline.",
        },
        "act": "constitution",
        "article": _CONST_ART_13_3,
    },
    # Lesson 3: ai-services-and-you
    {
        "key": "da-27",
        "pool": "check:ai-services-and-you",
        "kind": "single",
        "skills": ["data.ai-services"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Зерттеу жазылған 2025 жылы Қазақстанда ЖИ туралы арнайы заң әлі болмаған. Дербес деректеріңізді "
            "өңдейтін ЖИ чат-ботына қай заң қолданылады?",
            "ru": "В 2025 году, когда писалось исследование, специального закона об ИИ в Казахстане ещё не было. "
            "Какой закон распространяется на чат-бот с ИИ, который обрабатывает ваши персональные данные?",
            "en": "In 2025, when the study was written, Kazakhstan had no special AI law yet. Which law applies to an "
            "AI chatbot that processes your personal data?",
        },
        "options": [
            {
                "text": {
                    "kk": "«Дербес деректер және оларды қорғау туралы» Заң",
                    "ru": "Закон «О персональных данных и их защите»",
                    "en": "The Law on Personal Data and Their Protection",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: ЖИ қызметі дербес деректерді өңдесе, бұл заң оған да қатысты.",
                    "ru": "Верно: если сервис ИИ обрабатывает персональные данные, этот закон распространяется и на "
                    "него.",
                    "en": "Correct: if an AI service processes personal data, this law applies to it too.",
                },
            },
            {
                "text": {
                    "kk": "ЕО-ның ЖИ туралы актісі, Қазақстанда тікелей",
                    "ru": "Регламент ЕС об ИИ, напрямую в Казахстане",
                    "en": "The EU AI Act, directly in Kazakhstan",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ЕО актісі Қазақстанда тікелей қолданылмайды, ол тек салыстыру өлшемі.",
                    "ru": "Неверно: Регламент ЕС в Казахстане напрямую не действует, это лишь мерка для сравнения.",
                    "en": "Wrong: the EU AI Act does not apply in Kazakhstan directly; it is only a yardstick.",
                },
            },
            {
                "text": {
                    "kk": "Ешқандай заң: арнайы заң қабылданғанша чат-боттар реттелмейді",
                    "ru": "Никакой: пока не принят специальный закон, чат-боты не регулируются",
                    "en": "None: until a special law is adopted, chatbots are not regulated",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: арнайы заң болмаса да, дербес деректерді өңдеуге қолданыстағы заң қолданылады.",
                    "ru": "Неверно: даже без специального закона к обработке персональных данных применяется "
                    "действующий закон.",
                    "en": "Wrong: even without a special law, the existing law applies to the processing of personal "
                    "data.",
                },
            },
            {
                "text": {
                    "kk": "Тек чат-боттың өз пайдалану шарттары",
                    "ru": "Только собственные условия использования чат-бота",
                    "en": "Only the chatbot’s own terms of use",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: компанияның шарттары заңды алмастырмайды.",
                    "ru": "Неверно: условия компании не заменяют закон.",
                    "en": "Wrong: a company’s terms do not replace the law.",
                },
            },
        ],
        "explanation": {
            "kk": "ЖИ қызметінің жаңа болуы оны заңнан тыс қалдырмайды: ол дербес деректерді өңдесе, № 94-V Заң оған "
            "да қолданылады. ЖИ туралы ережелер өзгеріп жатыр, сондықтан бүгінгі жағдайды adilet.zan.kz сайтынан "
            "тексеріңіз.",
            "ru": "Новизна сервиса ИИ не выводит его за рамки закона: если он обрабатывает персональные данные, на "
            "него распространяется Закон № 94-V. Правила об ИИ меняются, поэтому актуальное положение проверяйте на "
            "adilet.zan.kz.",
            "en": "Being new does not put an AI service outside the law: if it processes personal data, Law No. 94-V "
            "applies to it. The rules on AI are changing, so check the current position on adilet.zan.kz.",
        },
        "act": "personal-data",
        "article": _PD_ART_1,
    },
    {
        "key": "da-28",
        "pool": "check:ai-services-and-you",
        "kind": "single",
        "skills": ["data.ai-services"],
        "difficulty": 1,
        "scenario": None,
        "stem": {
            "kk": "ЕО-ның ЖИ туралы актісі бойынша чат-боттар тәуекелдің қай тобына жатады?",
            "ru": "К какой группе риска Регламент ЕС об ИИ относит чат-боты?",
            "en": "Which risk group does the EU AI Act put chatbots in?",
        },
        "options": [
            {
                "text": {
                    "kk": "Шектеулі тәуекелді",
                    "ru": "Ограниченного риска",
                    "en": "Limited risk",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: чат-боттар шектеулі тәуекелді топқа жатады, оларға ашықтық талабы қойылады.",
                    "ru": "Верно: чат-боты относятся к группе ограниченного риска, и к ним предъявляется требование "
                    "прозрачности.",
                    "en": "Correct: chatbots are in the limited-risk group and have a transparency duty.",
                },
            },
            {
                "text": {"kk": "Тыйым салынған", "ru": "Запрещённые", "en": "Prohibited"},
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: бұл топқа, мысалы, адамдарға әлеуметтік скоринг жүргізу жатады.",
                    "ru": "Неверно: к этой группе относится, например, социальный скоринг людей.",
                    "en": "Wrong: this group includes, for example, social scoring of people.",
                },
            },
            {
                "text": {"kk": "Жоғары тәуекелді", "ru": "Высокого риска", "en": "High risk"},
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: бұл топқа, мысалы, биометриялық сәйкестендіру жатады.",
                    "ru": "Неверно: к этой группе относится, например, биометрическая идентификация.",
                    "en": "Wrong: this group includes, for example, biometric identification.",
                },
            },
            {
                "text": {"kk": "Минималды тәуекелді", "ru": "Минимального риска", "en": "Minimal risk"},
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: чат-боттар адамдармен тікелей сөйлесетіндіктен, оларға ашықтық талабы қойылады.",
                    "ru": "Неверно: чат-боты напрямую общаются с людьми, поэтому к ним предъявляется требование "
                    "прозрачности.",
                    "en": "Wrong: chatbots talk directly with people, so they carry a transparency duty.",
                },
            },
        ],
        "explanation": {
            "kk": "ЕО актісі ЖИ жүйелерін төрт топқа бөледі: тыйым салынған, жоғары, шектеулі және минималды "
            "тәуекелді. Чат-боттар шектеулі тәуекелді топқа жатады, сондықтан пайдаланушыға машинамен сөйлесіп "
            "отырғанын хабарлауы тиіс.",
            "ru": "Регламент ЕС делит системы ИИ на четыре группы: запрещённые, высокого, ограниченного и "
            "минимального риска. Чат-боты относятся к группе ограниченного риска, поэтому должны сообщать "
            "пользователю, что он общается с машиной.",
            "en": "The EU AI Act sorts AI systems into four groups: prohibited, high, limited and minimal risk. "
            "Chatbots are limited-risk, so they must tell users they are talking to a machine.",
        },
        "act": "eu-ai-act",
        "article": _AI_ACT_ART_50,
    },
    # Lesson 4: spotting-a-risky-ai-service
    {
        "key": "da-29",
        "pool": "check:spotting-a-risky-ai-service",
        "kind": "short",
        "skills": ["data.risky-ai"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "ЖИ-дің сенімді естілетін, бірақ жалған жауабы, мысалы, жоқ заң бабына сілтеме қалай аталады? Бір "
            "сөзбен жазыңыз.",
            "ru": "Как называется убедительно звучащий, но ложный ответ ИИ, например ссылка на несуществующую статью "
            "закона? Ответьте одним словом.",
            "en": "What is a convincing but false AI answer, such as a reference to a non-existent article of law, "
            "called? Answer in one word.",
        },
        "accepted": {
            "kk": ["галлюцинация", "галлюцинациясы", "галлюцинациялар", "ЖИ галлюцинациясы"],
            "ru": ["галлюцинация", "галлюцинации", "галлюцинация ИИ", "галлюцинации ИИ"],
            "en": ["hallucination", "hallucinations", "AI hallucination"],
        },
        "explanation": {
            "kk": "Мұндай жауап галлюцинация деп аталады. Бұл қатерді азайтуға болады, бірақ әзірге толық жою мүмкін "
            "емес, сондықтан заң бабын әрдайым ресми дереккөзден тексеріңіз.",
            "ru": "Такой ответ называется галлюцинацией. Этот риск можно снизить, но полностью устранить его пока "
            "нельзя, поэтому всегда проверяйте статью закона по официальному источнику.",
            "en": "Such an answer is called a hallucination. The risk can be reduced but not yet eliminated, so always "
            "check an article of law against an official source.",
        },
        "act": "consumer-protection",
        "article": _CP_ART_1,
    },
    {
        "key": "da-30",
        "pool": "check:spotting-a-risky-ai-service",
        "kind": "multiple",
        "skills": ["data.risky-ai"],
        "difficulty": 3,
        "scenario": "da-case-ai-advocate",
        "stem": {
            "kk": "Болаттың жағдайында тексеру парағындағы қандай қауіп белгілері бар? Барлық дұрыс жауапты таңдаңыз.",
            "ru": "Какие тревожные признаки из чек-листа есть в ситуации Болата? Выберите все верные ответы.",
            "en": "Which warning signs from the checklist are present in Bolat’s situation? Choose all that apply.",
        },
        "options": [
            {
                "text": {
                    "kk": "Қосымша өзін заңгер етіп көрсетеді",
                    "ru": "Приложение выдаёт себя за юриста",
                    "en": "The app poses as a lawyer",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: «ЖИ-адвокат» деген атау мен «заңгерді алмастырады» деген уәде — қауіп белгісі.",
                    "ru": "Верно: название «ИИ-адвокат» и обещание «заменить юриста» — тревожный признак.",
                    "en": "Correct: the name “AI advocate” and the promise to “replace a lawyer” are a warning sign.",
                },
            },
            {
                "text": {
                    "kk": "Қажет емес деректерді сұрайды: куәлік суретін, ЖСН-ді, контактілерді",
                    "ru": "Запрашивает ненужные данные: фото удостоверения, ИИН, контакты",
                    "en": "It asks for data it does not need: an ID photo, the IIN, contacts",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: жалпы заңгерлік сұраққа жауап беру үшін бұл деректер қажет емес.",
                    "ru": "Верно: чтобы ответить на общий юридический вопрос, эти данные не нужны.",
                    "en": "Correct: none of this data is needed to answer a general legal question.",
                },
            },
            {
                "text": {
                    "kk": "Жауапта тексеруге болатын заң мен бап көрсетілмеген",
                    "ru": "В ответе не указаны закон и статья, которые можно проверить",
                    "en": "The answer names no law or article that can be checked",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: дереккөзсіз жауап ойдан шығарылған болуы мүмкін.",
                    "ru": "Верно: ответ без источника может быть выдуман.",
                    "en": "Correct: an answer without a source may be invented.",
                },
            },
            {
                "text": {
                    "kk": "Асығыс төлем жасауға итермелейді",
                    "ru": "Подталкивает к поспешной оплате",
                    "en": "It pushes him to pay in a hurry",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: «бір сағат ішінде» төлеу талабы — тексеру парағындағы қауіп белгісі.",
                    "ru": "Верно: требование заплатить «в течение часа» — тревожный признак из чек-листа.",
                    "en": "Correct: the demand to pay “within the hour” is a warning sign from the checklist.",
                },
            },
            {
                "text": {
                    "kk": "Қосымшаны орнату тегін",
                    "ru": "Приложение бесплатно устанавливается",
                    "en": "The app is free to install",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: тегін болуы өздігінен қауіп белгісі емес, тексеру парағы басқа белгілерге назар "
                    "аударады.",
                    "ru": "Неверно: бесплатность сама по себе не тревожный признак, чек-лист обращает внимание на "
                    "другое.",
                    "en": "Wrong: being free is not in itself a warning sign; the checklist looks at other things.",
                },
            },
            {
                "text": {
                    "kk": "Хат коммуналдық қызметтен келген",
                    "ru": "Письмо пришло от коммунальной службы",
                    "en": "The letter came from a utility company",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: хаттың кімнен келгені қосымшаның қауіпті екенін көрсетпейді.",
                    "ru": "Неверно: то, от кого пришло письмо, ничего не говорит о риске приложения.",
                    "en": "Wrong: who sent the letter says nothing about how risky the app is.",
                },
            },
        ],
        "explanation": {
            "kk": "Мұнда тексеру парағының бірнеше белгісі бірден бар: қызмет өзін заңгер етіп көрсетеді, артық "
            "деректер сұрайды, дереккөз келтірмейді және асығыс төлемге итермелейді. Күмәнді бір белгінің өзі тоқтап, "
            "ойлануға жеткілікті.",
            "ru": "Здесь сразу несколько признаков из чек-листа: сервис выдаёт себя за юриста, просит лишние данные, "
            "не приводит источников и подталкивает к поспешной оплате. Даже одного тревожного признака достаточно, "
            "чтобы остановиться и подумать.",
            "en": "Several checklist signs appear at once: the service poses as a lawyer, asks for unnecessary data, "
            "cites no sources and pushes for a hurried payment. Even one warning sign is reason enough to stop and "
            "think.",
        },
        "act": "consumer-protection",
        "article": _CP_ART_1,
    },
    {
        "key": "da-31",
        "pool": "check:spotting-a-risky-ai-service",
        "kind": "single",
        "skills": ["data.seek-help"],
        "difficulty": 2,
        "scenario": "da-case-ai-advocate",
        "stem": {
            "kk": "Болатқа енді не істеген дұрыс?",
            "ru": "Как Болату лучше всего поступить теперь?",
            "en": "What is the best thing for Bolat to do now?",
        },
        "options": [
            {
                "text": {
                    "kk": "Қосымшаны пайдалануды тоқтатып, адамға жүгіну: «E-Заң көмегі» немесе 1414 арқылы тегін "
                    "заң көмегін сұрау не университеттің заң клиникасына бару",
                    "ru": "Перестать пользоваться приложением и обратиться к человеку: запросить бесплатную "
                    "юридическую помощь через «E-Заң көмегі» или 1414 либо прийти в юридическую клинику университета",
                    "en": "Stop using the app and turn to a person: ask for free legal aid through “E-Zan komegi” or "
                    "1414, or go to a university legal clinic",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: күрделі дауда чат-бот емес, білікті адам көмектесуі керек.",
                    "ru": "Верно: в сложном споре помогать должен не чат-бот, а квалифицированный человек.",
                    "en": "Correct: in a complex dispute, help should come from a qualified person, not a chatbot.",
                },
            },
            {
                "text": {
                    "kk": "«Жеңіске кепілдік» берілгендіктен, жазылымды тезірек сатып алу",
                    "ru": "Поскорее купить подписку, раз «победа гарантирована»",
                    "en": "Buy the subscription quickly, since a “win is guaranteed”",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: сот ісінде жеңіске ешкім кепілдік бере алмайды, ал асығыс төлем — қауіп белгісі.",
                    "ru": "Неверно: победу в суде никто гарантировать не может, а поспешная оплата — тревожный "
                    "признак.",
                    "en": "Wrong: no one can guarantee a win in court, and a hurried payment is a warning sign.",
                },
            },
            {
                "text": {
                    "kk": "Мәселені тез шешу үшін қосымшаға банк картасының деректерін де жіберу",
                    "ru": "Чтобы быстрее решить вопрос, отправить приложению ещё и данные банковской карты",
                    "en": "Send the app his bank card details too, to settle the matter faster",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: белгісіз қызметке қаржылық деректерді беру тәуекелді одан сайын арттырады.",
                    "ru": "Неверно: передача финансовых данных неизвестному сервису только увеличивает риск.",
                    "en": "Wrong: giving financial data to an unknown service only adds to the risk.",
                },
            },
            {
                "text": {
                    "kk": "Хатқа мән бермей, ештеңе істемеу",
                    "ru": "Не обращать внимания на письмо и ничего не делать",
                    "en": "Ignore the letter and do nothing",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: дауды елемеу құқықтарды қорғамайды, маманнан кеңес алған жөн.",
                    "ru": "Неверно: игнорирование спора не защищает права, лучше получить консультацию специалиста.",
                    "en": "Wrong: ignoring a dispute does not protect your rights; it is better to get advice from a "
                    "specialist.",
                },
            },
        ],
        "explanation": {
            "kk": "Конституция әркімге білікті заң көмегін алу құқығын береді, ал заңда көзделген жағдайларда бұл "
            "көмек тегін. Университеттердің заң клиникаларында заң студенттері оқытушылардың жетекшілігімен тегін "
            "кеңес береді.",
            "ru": "Конституция даёт каждому право на квалифицированную юридическую помощь, а в случаях, "
            "предусмотренных законом, она бесплатна. В юридических клиниках университетов студенты-юристы бесплатно "
            "консультируют под руководством преподавателей.",
            "en": "The Constitution gives everyone the right to qualified legal assistance, and in cases provided by "
            "law it is free. At university legal clinics, law students give free advice under their teachers’ "
            "supervision.",
        },
        "act": "constitution",
        "article": _CONST_ART_13_3,
    },
]


PRE_POST = {
    "title": {
        "kk": "Дербес деректер және ЖИ: не білесіз?",
        "ru": "Персональные данные и ИИ: что вы знаете?",
        "en": "Personal data and AI: what do you know?",
    },
    "rules": {
        "data.consent": 2,
        "data.subject-rights": 2,
        "data.ai-services": 2,
        "data.risky-ai": 2,
        "data.seek-help": 2,
    },
}

LESSON_CHECKS = {
    "what-is-personal-data-and-consent": ["da-21", "da-22", "da-23"],
    "your-rights-over-your-data": ["da-24", "da-25", "da-26"],
    "ai-services-and-you": ["da-27", "da-28"],
    "spotting-a-risky-ai-service": ["da-29", "da-30", "da-31"],
}
