"""Rules for eleven more languages (uz ne mk am so km my si af ha ta): each file checks clean and carries the keys
extraction needs, and short replies written here in each language come out with the right kind and delegates.

Names in Ethiopic, Khmer, Myanmar, Sinhala and Tamil script are not read yet (the name reader has no such scripts):
the replies here write the delegate's name in Latin letters after a native honorific, as registration replies do."""

from __future__ import annotations

import pytest

from processor.domain.model import Kind
from rules import RULES_DIR, check_language_file, load_rules
from tests.support.extraction_support import names, read

CODES = ("uz", "ne", "mk", "am", "so", "km", "my", "si", "af", "ha", "ta")


@pytest.mark.parametrize("code", CODES)
def test_each_file_checks_clean_and_has_every_key_group(code: str) -> None:
    assert check_language_file(RULES_DIR / "languages" / f"{code}.yaml") == []
    table = load_rules().languages[code]
    for key in ("honorifics", "salutations", "closings", "nomination_verbs", "participation_verbs", "self_nomination",
                "withdrawn", "undecided", "labels", "title_words", "institution_words"):
        assert table.get(key), f"{code}.yaml has no {key}"
    assert all(table["kinds"].get(kind) for kind in ("auto_reply", "decline", "inquiry", "interest", "correction"))
    assert all(table["labels"].get(field) for field in ("name", "title", "email"))


NOMINATIONS = [
    ("uz",
     "Hurmatli janoblar,\n\nCI-19/35-sonli sirkulyar xatingizga javoban, Axborot texnologiyalari va "
     "kommunikatsiyalarini rivojlantirish vazirligi Budapeshtdagi maslahat sessiyasida ishtirok etish uchun quyidagi "
     "xodimni tavsiya etadi: janob Jasur Aliyev, Xalqaro hamkorlik boshqarmasi boshlig‘i (e-mail: "
     "j.aliyev@mitc.uz).\n\nHurmat bilan,\nDilnoza Karimova\n",
     ["Jasur Aliyev"]),
    ("ne",
     "आदरणीय महोदय,\n\nपरिपत्र CI-19/35 सम्बन्धमा, बुडापेस्टमा हुने परामर्श सत्रका लागि सञ्चार तथा सूचना प्रविधि "
     "मन्त्रालयले श्री राम बहादुर थापा, उपसचिव (इमेल: ram.thapa@mocit.gov.np) लाई मनोनयन गरेको व्यहोरा अनुरोध "
     "छ।\n\nभवदीय,\nसीता शर्मा\n",
     ["राम बहादुर थापा"]),
    ("mk",
     "Почитувани,\n\nВо одговор на циркуларот CI-19/35, Министерството за информатичко општество и администрација го "
     "номинира г-дин Петар Петровски, раководител на Секторот за меѓународна соработка (е-пошта: "
     "petar.petrovski@mioa.gov.mk), за консултативната сесија во Будимпешта.\n\nСо почит,\nМарија Николовска\n",
     ["Петар Петровски"]),
    ("am",
     "ውድ ጌታዬ,\n\nበሰርኩላር CI-19/35 መሠረት የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር አቶ Abebe Kebede, የአይሲቲ ፖሊሲ ዳይሬክተር "
     "(ኢሜይል: abebe.kebede@mint.gov.et) በቡዳፔስት የምክክር ስብሰባ ላይ እንዲሳተፉ መድቧል።\n\nከሰላምታ ጋር\nHanna Tesfaye\n",
     ["Abebe Kebede"]),
    ("so",
     "Mudane,\n\nIyadoo laga jawaabayo warqadda wareegtada CI-19/35, Wasaaradda Isgaarsiinta waxay u magacaabaysaa "
     "Mudane Axmed Cali Maxamed, Agaasimaha Siyaasadda ICT (iimayl: axmed.cali@moct.gov.so), inuu ka qayb galo "
     "fadhiga la-tashiga ee Budapest.\n\nMahadsanid,\nFaadumo Xasan\n",
     ["Axmed Cali Maxamed"]),
    ("km",
     "ជម្រាបមក លោកនាយក\n\nយោងតាមលិខិតចរាចរ CI-19/35 ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍សូមចាត់តាំង លោក Sok Chanthy, "
     "អនុប្រធាននាយកដ្ឋាន (អ៊ីមែល: sok.chanthy@mptc.gov.kh) ឱ្យចូលរួមកិច្ចប្រជុំពិគ្រោះយោបល់នៅទីក្រុងប៊ុយដាប៉ែស។\n\n"
     "សូមទទួលនូវការគោរពដ៏ខ្ពង់ខ្ពស់\n",
     ["Sok Chanthy"]),
    ("my",
     "လေးစားအပ်ပါသော ITU အတွင်းရေးမှူးရုံး\n\nCI-19/35 စာအရ ဘူဒါပက်စ်မြို့တွင် ကျင်းပမည့် ဆွေးနွေးပွဲသို့ ဦး Aung Kyaw "
     "Moe, ညွှန်ကြားရေးမှူး (အီးမေးလ်: aungkyawmoe@motc.gov.mm) တက်ရောက်ပါမည်။\n\nလေးစားစွာဖြင့်\nKhin Myo Aye\n",
     ["Aung Kyaw Moe"]),
    ("si",
     "හිතවත් මහත්මයාණෙනි,\n\nCI-19/35 චක්‍රලේඛය අනුව, බුඩාපෙස්ට් හි පැවැත්වෙන උපදේශන සැසිය සඳහා ආචාර්ය Nuwan "
     "Perera, අධ්‍යක්ෂ (විද්‍යුත් තැපෑල: nuwan.perera@trc.gov.lk) නම් කර ඇති බව කාරුණිකව දන්වමි.\n\nමෙයට "
     "විශ්වාසී,\nKamala Silva\n",
     ["Nuwan Perera"]),
    ("af",
     "Geagte Meneer/Mevrou\n\nNa aanleiding van omsendbrief CI-19/35 benoem die Departement mnr. Pieter van der Merwe, "
     "Adjunk-direkteur: Internasionale Betrekkinge (pvandermerwe@dcdt.gov.za), vir die konsultasiesessie in "
     "Boedapest.\n\nVriendelike groete\nAnnelie Botha\n",
     ["Pieter van der Merwe"]),
    ("ha",
     "Mai Girma,\n\nDangane da takardar CI-19/35, Ma'aikatar Sadarwa ta zabi Malam Musa Bello Abdullahi, Darakta na "
     "Manufofin ICT (imel: musa.abdullahi@commtech.gov.ng), domin halartar zaman shawarwari a Budapest.\n\nTare da "
     "girmamawa,\nAisha Yusuf\n",
     ["Musa Bello Abdullahi"]),
    ("ta",
     "மதிப்பிற்குரிய ஐயா,\n\nசுற்றறிக்கை CI-19/35 தொடர்பாக, புடாபெஸ்டில் நடைபெறும் ஆலோசனை அமர்வில் திரு. Ramesh "
     "Kumar, இயக்குநர் (மின்னஞ்சல்: ramesh.kumar@dot.gov.in) கலந்து கொள்வார் என்பதைத் தெரிவித்துக் "
     "கொள்கிறோம்.\n\nநன்றியுடன்,\nLakshmi Narayanan\n",
     ["Ramesh Kumar"]),
]


@pytest.mark.parametrize(("ident", "body", "expected"), NOMINATIONS, ids=[c[0] for c in NOMINATIONS])
def test_a_nomination_names_its_delegate_for_the_budapest_session(ident: str, body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION, extraction.evidence.get("kind")
    assert names(extraction) == expected
    assert extraction.sessions == ("budapest-2019",)


DECLINES = [
    ("uz",
     "Hurmatli janoblar,\n\nCI-19/35-sonli sirkulyar uchun rahmat. Afsuski, vazirlik Budapeshtdagi maslahat "
     "sessiyasida ishtirok eta olmaydi.\n\nHurmat bilan\n"),
    ("ne",
     "आदरणीय महोदय,\n\nपरिपत्र CI-19/35 सम्बन्धमा, खेदका साथ जानकारी गराउँछौं कि नेपाल बुडापेस्ट सत्रमा सहभागी हुन "
     "सक्दैन।\n\nभवदीय,\n"),
    ("mk",
     "Почитувани,\n\nЗа жал, Република Северна Македонија нема да може да учествува на консултативната сесија во "
     "Будимпешта (CI-19/35).\n\nСо почит\n"),
    ("am",
     "ውድ ጌታዬ,\n\nበሰርኩላር CI-19/35 ለተደረገልን ግብዣ እናመሰግናለን። በማዘን እንገልጻለን፤ በቡዳፔስት ስብሰባ ላይ መሳተፍ "
     "አንችልም።\n\nከሰላምታ ጋር\n"),
    ("so",
     "Mudane,\n\nNasiib darro, Soomaaliya kama qayb geli karto fadhiga la-tashiga ee Budapest (CI-19/35).\n\n"
     "Mahadsanid,\n"),
    ("km",
     "ជម្រាបមក\n\nយោងតាមលិខិតចរាចរ CI-19/35 យើងខ្ញុំសោកស្តាយដែលមិនអាចចូលរួមកិច្ចប្រជុំនៅទីក្រុងប៊ុយដាប៉ែសបាន។\n\n"
     "សូមទទួលនូវការគោរពដ៏ខ្ពង់ខ្ពស់\n"),
    ("my",
     "လေးစားအပ်ပါသော ITU အတွင်းရေးမှူးရုံး\n\nCI-19/35 စာအရ ဘူဒါပက်စ်မြို့ရှိ ဆွေးနွေးပွဲသို့ မြန်မာနိုင်ငံမှ "
     "တက်ရောက်နိုင်မည် မဟုတ်ကြောင်း ဝမ်းနည်းစွာ အကြောင်းကြားအပ်ပါသည်။\n\nလေးစားစွာဖြင့်\n"),
    ("si",
     "හිතවත් මහත්මයාණෙනි,\n\nCI-19/35 චක්‍රලේඛය අනුව බුඩාපෙස්ට් සැසියට සහභාගී වීමට නොහැකි බව කණගාටුවෙන් "
     "දන්වමි.\n\nමෙයට විශ්වාසී,\n"),
    ("af",
     "Geagte Meneer/Mevrou\n\nOngelukkig kan Suid-Afrika nie die konsultasiesessie in Boedapest (CI-19/35) bywoon "
     "nie.\n\nVriendelike groete\n"),
    ("ha",
     "Mai Girma,\n\nCikin nadama muna sanar da ku cewa ba za mu iya halartar zaman shawarwari a Budapest ba "
     "(CI-19/35).\n\nTare da girmamawa,\n"),
    ("ta",
     "மதிப்பிற்குரிய ஐயா,\n\nசுற்றறிக்கை CI-19/35 தொடர்பாக, புடாபெஸ்ட் அமர்வில் கலந்து கொள்ள இயலாது என்பதை "
     "வருத்தத்துடன் தெரிவித்துக் கொள்கிறோம்.\n\nநன்றியுடன்,\n"),
]


@pytest.mark.parametrize(("ident", "body"), DECLINES, ids=[c[0] for c in DECLINES])
def test_a_polite_decline_is_a_decline(ident: str, body: str) -> None:
    extraction = read(body)
    assert (extraction.kind, extraction.evidence["kind"].rule) == (Kind.DECLINE, "decline cue")
    assert extraction.delegates == ()


INTERESTS = [
    ("uz",
     "Hurmatli janoblar,\n\nCI-19/35-sonli sirkulyarga javoban, vazirlik maslahat sessiyalarida ishtirok etishga "
     "qiziqish bildiradi. Ishtirokchilar ro‘yxati keyinroq yuboriladi.\n\nHurmat bilan\n"),
    ("ne",
     "आदरणीय महोदय,\n\nपरिपत्र CI-19/35 अनुसारका परामर्श सत्रहरूमा मन्त्रालय सहभागी हुन इच्छुक छ। सहभागीहरूको नाम "
     "पछि पठाइनेछ।\n\nभवदीय,\n"),
    ("mk",
     "Почитувани,\n\nАгенцијата за електронски комуникации е заинтересирана за учество на консултативните сесии од "
     "циркуларот CI-19/35. Имињата на учесниците ќе ги доставиме дополнително.\n\nСо почит\n"),
    ("am",
     "ውድ ጌታዬ,\n\nሚኒስቴሩ በሰርኩላር CI-19/35 በተጠቀሱት የምክክር ስብሰባዎች ላይ ለመሳተፍ ፍላጎት አለው። የተሳታፊዎችን ስም "
     "በኋላ እናሳውቃለን።\n\nከሰላምታ ጋር\n"),
    ("so",
     "Mudane,\n\nWasaaraddu waxay xiiseyneysaa inay ka qayb gasho fadhiyada la-tashiga ee lagu sheegay warqadda "
     "CI-19/35. Magacyada ka qaybgalayaasha waxaan idiin soo diri doonnaa mar dambe.\n\nMahadsanid,\n"),
    ("km",
     "ជម្រាបមក\n\nក្រសួងមានការចាប់អារម្មណ៍ចូលរួមកិច្ចប្រជុំពិគ្រោះយោបល់ដែលមានចែងក្នុងលិខិតចរាចរ CI-19/35។ "
     "ឈ្មោះអ្នកចូលរួមនឹងជូនដំណឹងនៅពេលក្រោយ។\n\nសូមទទួលនូវការគោរពដ៏ខ្ពង់ខ្ពស់\n"),
    ("my",
     "လေးစားအပ်ပါသော ITU အတွင်းရေးမှူးရုံး\n\nCI-19/35 စာပါ ဆွေးနွေးပွဲများကို ဝန်ကြီးဌာနမှ စိတ်ဝင်စားပါသည်။ "
     "တက်ရောက်သူများ၏ အမည်များကို နောက်မှ အကြောင်းကြားပါမည်။\n\nလေးစားစွာဖြင့်\n"),
    ("si",
     "හිතවත් මහත්මයාණෙනි,\n\nCI-19/35 චක්‍රලේඛයේ සඳහන් උපදේශන සැසි සඳහා අමාත්‍යාංශය උනන්දුවක් දක්වයි. "
     "සහභාගිවන්නන්ගේ නම් පසුව දන්වනු ලැබේ.\n\nමෙයට විශ්වාසී,\n"),
    ("af",
     "Geagte Meneer/Mevrou\n\nDie Owerheid stel belang om aan die konsultasiesessies in omsendbrief CI-19/35 deel te "
     "neem. Die name van die deelnemers sal later bevestig word.\n\nVriendelike groete\n"),
    ("ha",
     "Mai Girma,\n\nHukumar Sadarwa tana da sha'awar halartar tarurrukan shawarwari da aka ambata a takardar "
     "CI-19/35. Za mu aiko da sunayen mahalarta daga baya.\n\nTare da girmamawa,\n"),
    ("ta",
     "மதிப்பிற்குரிய ஐயா,\n\nசுற்றறிக்கை CI-19/35 இல் குறிப்பிடப்பட்டுள்ள ஆலோசனை அமர்வுகளில் பங்கேற்க அமைச்சகம் "
     "ஆர்வமாக உள்ளது. பங்கேற்பாளர்களின் பெயர்கள் பின்னர் தெரிவிக்கப்படும்.\n\nநன்றியுடன்,\n"),
]


@pytest.mark.parametrize(("ident", "body"), INTERESTS, ids=[c[0] for c in INTERESTS])
def test_interest_without_names_is_interest_only_by_its_cue(ident: str, body: str) -> None:
    extraction = read(body)
    assert (extraction.kind, extraction.evidence["kind"].rule) == (Kind.INTEREST_ONLY, "interest cue")
    assert extraction.delegates == ()


INQUIRIES = [
    ("uz", "Hurmatli janoblar,\n\nCI-19/35-sonli sirkulyar bo‘yicha ro‘yxatdan o‘tish tartibini bilmoqchi edik.\n\nHurmat "
           "bilan\n"),
    ("ne", "आदरणीय महोदय,\n\nपरिपत्र CI-19/35 सम्बन्धमा दर्ता प्रक्रिया बारे जान्न चाहन्छौं।\n\nभवदीय,\n"),
    ("mk", "Почитувани,\n\nВо врска со циркуларот CI-19/35 би сакале да знаеме како се врши регистрацијата.\n\nСо "
           "почит\n"),
    ("am", "ውድ ጌታዬ,\n\nበሰርኩላር CI-19/35 ላይ ስለ ምዝገባ ሂደቱ ማወቅ እንፈልጋለን።\n\nከሰላምታ ጋር\n"),
    ("so", "Mudane,\n\nFadlan noo caddee habka diiwaangelinta ee fadhiyada CI-19/35.\n\nMahadsanid\n"),
    ("km", "ជម្រាបមក\n\nយោងតាមលិខិតចរាចរ CI-19/35 យើងខ្ញុំចង់ដឹងពីនីតិវិធីចុះឈ្មោះ។\n\nសូមទទួលនូវការគោរពដ៏ខ្ពង់ខ្ពស់\n"),
    ("my", "လေးစားအပ်ပါသော ITU အတွင်းရေးမှူးရုံး\n\nCI-19/35 စာပါ ဆွေးနွေးပွဲအတွက် မှတ်ပုံတင်ပုံ အဆင့်များကို "
           "သိရှိလိုပါသည်။\n\nလေးစားစွာဖြင့်\n"),
    ("si", "හිතවත් මහත්මයාණෙනි,\n\nCI-19/35 චක්‍රලේඛයේ ලියාපදිංචි කිරීමේ ක්‍රියාවලිය දැනගැනීමට කැමැත්තෙමු.\n\nමෙයට "
           "විශ්වාසී,\n"),
    ("af", "Geagte Meneer/Mevrou\n\nIn verband met omsendbrief CI-19/35 wil ons graag weet hoe die registrasie "
           "werk.\n\nVriendelike groete\n"),
    ("ha", "Mai Girma,\n\nDangane da takardar CI-19/35, muna so mu sani yadda ake yin rajista.\n\nTare da girmamawa,\n"),
    ("ta", "மதிப்பிற்குரிய ஐயா,\n\nசுற்றறிக்கை CI-19/35 தொடர்பாக பதிவு செய்யும் முறையை அறிய "
           "விரும்புகிறோம்.\n\nநன்றியுடன்,\n"),
]


@pytest.mark.parametrize(("ident", "body"), INQUIRIES, ids=[c[0] for c in INQUIRIES])
def test_a_question_without_a_question_mark_is_an_inquiry_by_its_cue(ident: str, body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INQUIRY
    assert extraction.evidence["kind"].spans, "decided by a cue phrase, not by a question mark"


VERB_LAST = [
    ("uz", "Hurmatli janoblar,\n\nCI-19/35-sonli sirkulyarga javoban ma'lum qilamizki, Budapeshtdagi maslahat "
           "sessiyasida Jasur Aliyev ishtirok etadi.\n\nHurmat bilan\n", ["Jasur Aliyev"]),
    ("af", "Geagte Meneer/Mevrou\n\nMet verwysing na omsendbrief CI-19/35 deel ons u mee dat Me. Thandi Nkosi, "
           "Direkteur: Beleid, die sessie in Boedapest sal bywoon.\n\nVriendelike groete\n", ["Thandi Nkosi"]),
    ("mk", "Почитувани,\n\nВо врска со циркуларот CI-19/35 Ве известуваме дека на сесијата во Будимпешта ќе учествува "
           "Александар Стојанов, советник во Министерството.\n\nСо почит\n", ["Александар Стојанов"]),
    ("ha", "Mai Girma,\n\nDangane da takardar CI-19/35, Injiniya Fatima Sani, Babban Jami'i, za ta halarci zaman a "
           "Budapest.\n\nTare da girmamawa,\n", ["Fatima Sani"]),
    ("so", "Mudane,\n\nWarqadda CI-19/35 ku saabsan, Marwo Hodan Cabdi Warsame, La-taliyaha Wasiirka, ayaa ka qayb "
           "geli doonta fadhiga Budapest.\n\nMahadsanid\n", ["Hodan Cabdi Warsame"]),
    ("ne", "आदरणीय महोदय,\n\nपरिपत्र CI-19/35 अनुसार बुडापेस्ट सत्रका लागि सहभागीको विवरण:\nनाम: Bikash Shrestha\nपद: "
           "शाखा अधिकृत\nइमेल: bikash.shrestha@nta.gov.np\n\nभवदीय,\n", ["Bikash Shrestha"]),
]


@pytest.mark.parametrize(("ident", "body", "expected"), VERB_LAST, ids=[c[0] for c in VERB_LAST])
def test_the_subject_of_a_participation_verb_or_a_labelled_line_is_the_delegate(ident: str, body: str,
                                                                                 expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION, extraction.evidence.get("kind")
    assert names(extraction) == expected
    assert extraction.sessions == ("budapest-2019",)


@pytest.mark.parametrize(("body", "session", "expected"), [
    ("Hurmatli janoblar,\n\nCI-19/35 bo‘yicha: Kengash ishchi guruhi yig‘ilishlari davomidagi sessiyada janob Bobur "
     "Rahimov ishtirok etadi.\n\nHurmat bilan\n", "cwg-2020", ["Bobur Rahimov"]),
    ("Почитувани,\n\nВо врска со циркуларот CI-19/35, на сесијата за време на Светскиот самит за информатичко "
     "општество 2020 ќе учествува г-ѓа Елена Трајковска, државен советник.\n\nСо почит\n", "wsis-2020",
     ["Елена Трајковска"]),
    ("மதிப்பிற்குரிய ஐயா,\n\nசுற்றறிக்கை CI-19/35 தொடர்பாக, கவுன்சில் பணிக்குழு கூட்டங்களின் போது நடைபெறும் "
     "அமர்வில் திருமதி. Priya Raman, துணை இயக்குநர், கலந்து கொள்வார்.\n\nநன்றியுடன்,\n", "cwg-2020", ["Priya Raman"]),
])
def test_the_later_sessions_are_named_by_their_aliases_in_these_languages(body: str, session: str,
                                                                          expected: list[str]) -> None:
    extraction = read(body)
    assert names(extraction) == expected
    assert extraction.sessions == (session,)


@pytest.mark.parametrize(("body", "new", "gone"), [
    ("आदरणीय महोदय,\n\nपरिपत्र CI-19/35 सम्बन्धमा हाम्रो अघिल्लो पत्रमा संशोधन गर्दै, श्री हरि प्रसाद शर्मा को सट्टा "
     "श्रीमती गीता पौडेल, शाखा अधिकृत, बुडापेस्ट सत्रमा सहभागी हुनुहुनेछ।\n\nभवदीय,\n", "गीता पौडेल", "हरि प्रसाद शर्मा"),
    ("Hurmatli janoblar,\n\nAvvalgi xatimizga qo‘shimcha ravishda (CI-19/35): janob Anvar Tursunov o‘rniga "
     "Budapeshtdagi sessiyada xonim Malika Yusupova, bosh mutaxassis, ishtirok etadi.\n\nHurmat bilan\n",
     "Malika Yusupova", "Anvar Tursunov"),
    ("Почитувани,\n\nВо врска со нашата претходна порака (CI-19/35), наместо г-дин Петар Петровски, на сесијата во "
     "Будимпешта ќе учествува г-ѓа Ана Стефановска, советник.\n\nСо почит\n", "Ана Стефановска", "Петар Петровски"),
])
def test_a_replacement_is_a_correction_naming_the_new_delegate_and_the_one_gone(body: str, new: str,
                                                                                gone: str) -> None:
    """Nepali "X को सट्टा" and Uzbek "X o‘rniga" follow the replaced person's name; Macedonian "наместо X" precedes it."""
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == [new]
    assert extraction.gone == (gone,)


@pytest.mark.parametrize(("body", "name"), [
    ("CI-19/35ን በተመለከተ ሚኒስቴሩ አቶ ዳዊት ተስፋዬ፣ ዳይሬክተር፣ በቡዳፔስት ስብሰባ ላይ እንዲሳተፉ መድቧል።", "ዳዊት ተስፋዬ"),
    ("CI-19/35 தொடர்பாக, அமைச்சகம் திரு. ராஜேஷ் குமார், இயக்குநர், புடாபெஸ்ட் அமர்வில் பங்கேற்க பரிந்துரைக்கிறது.",
     "ராஜேஷ் குமார்"),
    ("CI-19/35 ref: we nominate Ms Maria Teresa dela Cruz, Director, for the Budapest session.",
     "Maria Teresa dela Cruz"),
])
def test_names_written_in_caseless_scripts_and_with_dela(body: str, name: str) -> None:
    assert names(read(body)) == [name]


def test_the_sender_written_in_another_script_gets_the_from_address() -> None:
    body = ("ከCI-19/35 ደብዳቤ ጋር በተያያዘ፣ ሚኒስቴሩ በቡዳፔስት ስብሰባ ላይ እንዲሳተፉ አቶ ዳዊት ተስፋዬ (Dawit Tesfaye)፣ "
            "ዳይሬክተርን መድቧል።\n\nዳዊት ተስፋዬ")
    extraction = read(body, sender="Dawit Tesfaye <dawit.tesfaye@mint.gov.et>")
    assert [d.email for d in extraction.delegates] == ["dawit.tesfaye@mint.gov.et"]


@pytest.mark.parametrize(("body", "name"), [
    ("CI-19/35 тойм захидлын хариуд Будапештын уулзалтад тус газрын мэргэжилтэн Б.Батбаяр (batbayar@ictpa.gov.mn)-ыг "
     "оролцуулахаар шийдвэрлэсэн болно.", "Б.Батбаяр"),
    ("CI-19/35 շրջաբերականի կապակցությամբ տեղեկացնում ենք, որ Բուդապեշտի նիստին կմասնակցի պարոն Արմեն Սարգսյանը, "
     "վարչության պետ:", "Արմեն Սարգսյան"),
])
def test_a_mongolian_name_after_its_fathers_initial_and_the_armenian_article(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "sender", "name", "state"), [
    ("Salam. Azərbaycan adından Budapeştdəki sessiyada (CI-19/35) mən iştirak edəcəm.\n\nRəşad Məmmədov\n"
     "baş məsləhətçi", "R <r.mammadov85@mail.ru>", "Rəşad Məmmədov", "AZE"),
    ("CI-19/35 тоот албан бичгийн дагуу хорооны хэлтсийн дарга Б.Батбаяр (B. Batbayar)-ыг нэр дэвшүүлж байна.",
     "X <foreign@crc.gov.mn>", "Б.Батбаяр", "MNG"),
])
def test_colloquial_self_nomination_and_a_latin_spelling_before_the_verb(body: str, sender: str, name: str,
                                                                        state: str) -> None:
    extraction = read(body, sender=sender)
    assert names(extraction) == [name]
    assert extraction.member_state == state


def test_wishing_to_ask_is_an_inquiry() -> None:
    body = ("Quisiera consultar si la sesión del 10 de septiembre en Budapest (CI-19/35) contará con interpretación al "
            "español.")
    assert read(body).kind is Kind.INQUIRY
