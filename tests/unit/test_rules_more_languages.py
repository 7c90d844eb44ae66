"""Rules for 30 more languages (ms vi ro hu cs sk sv da no fi el bg hr sr sl th hi he ka sq lt lv et az hy ur bn kk
mn tl): each file checks clean and carries the keys extraction needs, and short replies written here in each language come
out with the right kind, delegates and sessions."""

from __future__ import annotations

import pytest

from processor.domain.model import Kind
from rules import RULES_DIR, check_language_file, load_rules
from tests.support.extraction_support import names, read

CODES = ("ms", "vi", "ro", "hu", "cs", "sk", "sv", "da", "no", "fi", "el", "bg", "hr", "sr", "sl", "th", "hi", "he", "ka",
         "sq", "lt", "lv", "et", "az", "hy", "ur", "bn", "kk", "mn", "tl")


@pytest.mark.parametrize("code", CODES)
def test_each_file_checks_clean_and_has_every_key_group(code: str) -> None:
    assert check_language_file(RULES_DIR / "languages" / f"{code}.yaml") == []
    table = load_rules().languages[code]
    for key in ("salutations", "closings", "quote_markers", "forward_markers", "header_labels", "forward_subject_prefixes",
                "attachment_pointers", "disclaimer_markers", "honorifics", "nomination_verbs", "self_nomination",
                "withdrawn", "replaced", "contact_markers", "clause_breaks", "head_of_delegation", "alternate", "labels",
                "all_sessions", "later_sessions", "sessions_in_year", "undecided", "unchanged", "title_words"):
        assert table.get(key), f"{code}.yaml has no {key}"
    assert all(table["kinds"].get(kind) for kind in ("auto_reply", "bounce", "decline", "inquiry", "interest",
                                                      "correction", "unrelated"))
NOMINATIONS = [
    ("tl",
     "Magandang araw po!\n\nBilang tugon sa Circular CI-19/35, ikinagagalak po naming ipaalam na si G. Ramon Cruz "
     "Villanueva, Director ng ICT Bureau, ang kakatawan sa Pilipinas sa sesyon sa Budapest.\n\nLubos na gumagalang,\n"
     "Liza Santos\n",
     ["Ramon Cruz Villanueva"]),
    ("ms",
     "Tuan/Puan,\n\nMerujuk kepada surat pekeliling ITU CI-19/35, Kementerian Komunikasi dengan ini mencalonkan "
     "Encik Ahmad Faizal, Pengarah Bahagian Antarabangsa, untuk menghadiri sesi perundingan di "
     "Budapest.\n\nSekian, terima kasih.\nSiti Aminah\n",
     ["Ahmad Faizal"]),
    ("vi",
     "Kính gửi Quý Ban thư ký,\n\nLiên quan đến thư thông báo CI-19/35, Bộ Thông tin và Truyền thông trân trọng "
     "cử ông Nguyễn Văn An, Phó Vụ trưởng Vụ Hợp tác quốc tế, tham dự phiên tham vấn tại Budapest.\n\nTrân "
     "trọng,\nTrần Thị Lan\n",
     ["Nguyễn Văn An"]),
    ("vi-2",
     "Kính gửi Quý Ban thư ký,\n\nTrân trọng cử bà Lê Thị Hoa, Chuyên viên Vụ Hợp tác quốc tế, tham dự phiên "
     "tham vấn tại Budapest (thư CI-19/35).\n\nTrân trọng,\n",
     ["Lê Thị Hoa"]),
    ("ro",
     "Stimate domnule Director,\n\nCa răspuns la Circulara CI-19/35, Ministerul Comunicațiilor îl desemnează pe "
     "domnul Andrei Popescu, Director al Direcției Afaceri Europene, pentru sesiunea de consultare de la "
     "Budapesta.\n\nCu stimă,\nMaria Ionescu\n",
     ["Andrei Popescu"]),
    ("hu",
     "Tisztelt Uram!\n\nA CI-19/35 számú körlevélre válaszul tájékoztatjuk, hogy a budapesti konzultációs "
     "ülésen Magyarország képviseletében Kovács Péter főosztályvezető vesz részt.\n\nÜdvözlettel,\nNagy Anna\n",
     ["Kovács Péter"]),
    ("hu-2",
     "Tisztelt Uram!\n\nTisztelettel tájékoztatjuk, hogy a CI-19/35 számú körlevélben említett budapesti ülésre "
     "dr. Szabó Katalin osztályvezetőt delegáljuk.\n\nTisztelettel:\nNagy Anna\n",
     ["Szabó Katalin"]),
    ("cs",
     "Vážený pane řediteli,\n\nv odpověď na oběžník CI-19/35 nominujeme pana Jana Nováka, ředitele odboru "
     "mezinárodních vztahů, na konzultační zasedání v Budapešti.\n\nS pozdravem\nPetra Svobodová\n",
     ["Jana Nováka"]),
    ("sk",
     "Vážený pán riaditeľ,\n\nv odpovedi na obežník CI-19/35 Vám oznamujeme, že na konzultačnom zasadnutí v "
     "Budapešti sa zúčastní pán Peter Horváth, riaditeľ odboru medzinárodných vzťahov.\n\nS pozdravom\nJana "
     "Kováčová\n",
     ["Peter Horváth"]),
    ("sv",
     "Bästa kollegor,\n\nMed anledning av cirkulär CI-19/35 meddelar vi att Sverige kommer att företrädas av "
     "Anna Lindqvist, enhetschef vid Post- och telestyrelsen, vid samrådsmötet i Budapest.\n\nMed vänliga "
     "hälsningar\nErik Johansson\n",
     ["Anna Lindqvist"]),
    ("da",
     "Kære kolleger,\n\nSom svar på cirkulære CI-19/35 udpeger Energistyrelsen hr. Lars Nielsen, kontorchef, "
     "til konsultationsmødet i Budapest.\n\nMed venlig hilsen\nMette Hansen\n",
     ["Lars Nielsen"]),
    ("no",
     "Kjære kolleger,\n\nMed henvisning til rundskriv CI-19/35 vil Norge bli representert av Kari Nordmann, "
     "seniorrådgiver i Nasjonal kommunikasjonsmyndighet, på konsultasjonsmøtet i Budapest.\n\nMed vennlig "
     "hilsen\nOla Hansen\n",
     ["Kari Nordmann"]),
    ("fi",
     "Hyvät kollegat,\n\nViitaten kiertokirjeeseen CI-19/35 ilmoitamme, että Budapestin kuulemistilaisuuteen "
     "osallistuu Suomen edustajana Matti Virtanen, johtaja, Liikenne- ja viestintävirasto.\n\nYstävällisin "
     "terveisin\nLiisa Korhonen\n",
     ["Matti Virtanen"]),
    ("el",
     "Αξιότιμε κύριε Διευθυντά,\n\nΣε απάντηση της εγκυκλίου CI-19/35, η Ελληνική Επιτροπή Τηλεπικοινωνιών "
     "ορίζει τον κ. Γεώργιο Παπαδόπουλο, Διευθυντή Διεθνών Σχέσεων, για τη σύνοδο διαβούλευσης στη "
     "Βουδαπέστη.\n\nΜε εκτίμηση,\nΜαρία Κωνσταντίνου\n",
     ["Γεώργιο Παπαδόπουλο"]),
    ("bg",
     "Уважаеми господин Директор,\n\nВъв връзка с циркулярно писмо CI-19/35 Ви уведомяваме, че Министерството "
     "определя г-н Иван Петров, директор на дирекция, за консултативната сесия в Будапеща.\n\nС "
     "уважение,\nМария Георгиева\n",
     ["Иван Петров"]),
    ("hr",
     "Poštovani,\n\nu odgovoru na okružnicu CI-19/35 obavještavamo Vas da Ministarstvo imenuje gospodina Ivana "
     "Horvata, načelnika Sektora za međunarodnu suradnju, za konzultacijsku sjednicu u Budimpešti.\n\nS "
     "poštovanjem,\nAna Kovačić\n",
     ["Ivana Horvata"]),
    ("sr",
     "Поштовани,\n\nУ одговору на циркулар CI-19/35 обавештавамо Вас да Министарство именује господина Петра "
     "Петровића, начелника Одељења за међународну сарадњу, за консултативну сесију у Будимпешти.\n\nС "
     "поштовањем,\nЈована Јовановић\n",
     ["Петра Петровића"]),
    ("sr-2",
     "Poštovani,\n\nu odgovoru na cirkular CI-19/35 obaveštavamo Vas da će na konsultativnoj sesiji u "
     "Budimpešti učestvovati Marko Nikolić, savetnik u Ministarstvu.\n\nS poštovanjem,\nJelena Ilić\n",
     ["Marko Nikolić"]),
    ("sl",
     "Spoštovani,\n\nv odgovor na okrožnico CI-19/35 vas obveščamo, da ministrstvo imenuje gospoda Janeza "
     "Novaka, vodjo Sektorja za mednarodno sodelovanje, za posvetovalno zasedanje v Budimpešti.\n\nS "
     "spoštovanjem,\nMaja Kranjc\n",
     ["Janeza Novaka"]),
    ("sq",
     "Të nderuar zotërinj,\n\nNë përgjigje të qarkores CI-19/35, Ministria emëron z. Arben Hoxha, Drejtor i "
     "Marrëdhënieve me Jashtë, për sesionin e konsultimit në Budapest.\n\nMe respekt,\nElona Shehu\n",
     ["Arben Hoxha"]),
    ("lt",
     "Gerbiamieji,\n\natsakydami į aplinkraštį CI-19/35 informuojame, kad konsultacijų sesijoje Budapešte "
     "dalyvaus Jonas Petraitis, Tarptautinių ryšių skyriaus vedėjas.\n\nPagarbiai\nRasa Kazlauskienė\n",
     ["Jonas Petraitis"]),
    ("lv",
     "Godātie kolēģi!\n\nAtbildot uz apkārtrakstu CI-19/35, informējam, ka konsultāciju sesijā Budapeštā "
     "piedalīsies Jānis Bērziņš, Starptautiskās sadarbības nodaļas vadītājs.\n\nAr cieņu\nAnna Liepa\n",
     ["Jānis Bērziņš"]),
    ("et",
     "Lugupeetud kolleegid\n\nVastuseks ringkirjale CI-19/35 teatame, et Budapesti konsultatsiooniistungil "
     "osaleb Mari Kask, välissuhete osakonna juhataja.\n\nLugupidamisega\nJaan Tamm\n",
     ["Mari Kask"]),
    ("az",
     "Hörmətli cənablar,\n\nCI-19/35 saylı sirkulyara cavab olaraq bildiririk ki, Budapeştdəki məsləhətləşmə "
     "sessiyasında cənab Əli Həsənov, Beynəlxalq əlaqələr şöbəsinin müdiri, iştirak edəcək.\n\nHörmətlə,\nLeyla "
     "Məmmədova\n",
     ["Əli Həsənov"]),
    ("kk",
     "Құрметті әріптестер!\n\nCI-19/35 циркулярына жауап ретінде Будапештегі консультациялық сессияға "
     "Министрліктен Асанов Ерлан Серікұлы, халықаралық ынтымақтастық департаментінің директоры, "
     "қатысады.\n\nҚұрметпен,\nАйгүл Нұрланова\n",
     ["Асанов Ерлан Серікұлы"]),
]


@pytest.mark.parametrize(("ident", "body", "expected"), NOMINATIONS, ids=[c[0] for c in NOMINATIONS])
def test_a_nomination_names_its_delegate_for_the_budapest_session(ident: str, body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION, extraction.evidence.get("kind")
    assert names(extraction) == expected
    assert extraction.sessions == ("budapest-2019",)

DECLINES = [
    ("tl",
     "Magandang araw po,\n\nKaugnay ng Circular CI-19/35, ikinalulungkot po naming ipaalam na hindi po kami "
     "makakadalo sa sesyon sa Budapest.\n\nMaraming salamat po.\n"),
    ("ms",
     "Tuan/Puan,\n\nMerujuk kepada surat pekeliling CI-19/35, dukacita dimaklumkan bahawa Malaysia tidak dapat "
     "menghantar wakil ke sesi perundingan di Budapest.\n\nSekian, terima kasih.\n"),
    ("vi",
     "Kính gửi Quý Ban thư ký,\n\nRất tiếc, Việt Nam không thể tham dự phiên tham vấn tại Budapest (thư "
     "CI-19/35).\n\nTrân trọng,\n"),
    ("ro",
     "Stimate domn,\n\nDin păcate, România nu va putea participa la sesiunea de consultare de la Budapesta "
     "(Circulara CI-19/35).\n\nCu stimă,\n"),
    ("hu",
     "Tisztelt Uram!\n\nSajnálattal tájékoztatjuk, hogy a CI-19/35 számú körlevélben említett budapesti ülésen "
     "nem tudunk részt venni.\n\nÜdvözlettel\n"),
    ("cs",
     "Vážení,\n\ns politováním Vám sdělujeme, že Česká republika se konzultačního zasedání v Budapešti (oběžník "
     "CI-19/35) nezúčastní.\n\nS pozdravem\n"),
    ("sk",
     "Vážení,\n\ns poľutovaním Vám oznamujeme, že Slovenská republika sa konzultačného zasadnutia v Budapešti "
     "(obežník CI-19/35) nezúčastní.\n\nS pozdravom\n"),
    ("sv",
     "Bästa kollegor,\n\nTyvärr kan Sverige inte delta i samrådsmötet i Budapest (cirkulär CI-19/35).\n\nMed "
     "vänliga hälsningar\n"),
    ("da",
     "Kære kolleger,\n\nDesværre kan Danmark ikke deltage i konsultationsmødet i Budapest (cirkulære "
     "CI-19/35).\n\nMed venlig hilsen\n"),
    ("no",
     "Kjære kolleger,\n\nDessverre kan Norge ikke delta på konsultasjonsmøtet i Budapest (rundskriv "
     "CI-19/35).\n\nMed vennlig hilsen\n"),
    ("fi",
     "Hyvät kollegat,\n\nValitettavasti Suomi ei voi osallistua Budapestin kuulemistilaisuuteen (kiertokirje "
     "CI-19/35).\n\nYstävällisin terveisin\n"),
    ("el",
     "Αξιότιμοι κύριοι,\n\nΔυστυχώς η Ελλάδα δεν θα μπορέσει να συμμετάσχει στη σύνοδο διαβούλευσης στη "
     "Βουδαπέστη (εγκύκλιος CI-19/35).\n\nΜε εκτίμηση\n"),
    ("bg",
     "Уважаеми колеги,\n\nЗа съжаление България няма да може да участва в консултативната сесия в Будапеща "
     "(CI-19/35).\n\nС уважение\n"),
    ("hr",
     "Poštovani,\n\nnažalost, Republika Hrvatska neće moći sudjelovati na konzultacijskoj sjednici u Budimpešti "
     "(okružnica CI-19/35).\n\nS poštovanjem\n"),
    ("sr",
     "Поштовани,\n\nНажалост, Република Србија неће моћи да учествује на консултативној сесији у Будимпешти "
     "(CI-19/35).\n\nС поштовањем\n"),
    ("sr-2",
     "Poštovani,\n\nnažalost, Republika Srbija neće moći da učestvuje na konsultativnoj sesiji u Budimpešti "
     "(CI-19/35).\n\nS poštovanjem\n"),
    ("sl",
     "Spoštovani,\n\nžal vas obveščamo, da se Slovenija posvetovalnega zasedanja v Budimpešti (okrožnica "
     "CI-19/35) ne bo mogla udeležiti.\n\nS spoštovanjem\n"),
    ("th",
     "เรียน ITU\n\nตามหนังสือเวียน CI-19/35 กระทรวงฯ "
     "มีความเสียใจที่ไม่สามารถเข้าร่วมการประชุมที่บูดาเปสต์ได้\n\nขอแสดงความนับถือ\n"),
    ("hi",
     "महोदय,\n\nपरिपत्र CI-19/35 के संदर्भ में, खेद है कि भारत बुडापेस्ट सत्र में भाग नहीं ले सकेगा।\n\nसादर,\n"),
    ("he",
     "שלום רב,\n\nבהתייחס לחוזר CI-19/35, לצערנו לא נוכל להשתתף במושב ההתייעצות בבודפשט.\n\nבברכה,\n"),
    ("ka",
     "პატივცემულო კოლეგებო,\n\nცირკულარ CI-19/35-თან დაკავშირებით, სამწუხაროდ, საქართველო ვერ მიიღებს "
     "მონაწილეობას ბუდაპეშტის სესიაში.\n\nპატივისცემით\n"),
    ("sq",
     "Të nderuar zotërinj,\n\nFatkeqësisht, Shqipëria nuk do të mund të marrë pjesë në sesionin e konsultimit "
     "në Budapest (CI-19/35).\n\nMe respekt\n"),
    ("lt",
     "Gerbiamieji,\n\ndeja, Lietuva negalės dalyvauti konsultacijų sesijoje Budapešte (aplinkraštis "
     "CI-19/35).\n\nPagarbiai\n"),
    ("lv",
     "Godātie kolēģi!\n\nDiemžēl Latvija nevarēs piedalīties konsultāciju sesijā Budapeštā (apkārtraksts "
     "CI-19/35).\n\nAr cieņu\n"),
    ("et",
     "Lugupeetud kolleegid\n\nKahjuks ei saa Eesti Budapesti konsultatsiooniistungil osaleda (ringkiri "
     "CI-19/35).\n\nLugupidamisega\n"),
    ("az",
     "Hörmətli cənablar,\n\nTəəssüf ki, Azərbaycan Budapeştdəki məsləhətləşmə sessiyasında (CI-19/35) iştirak "
     "edə bilməyəcək.\n\nHörmətlə\n"),
    ("hy",
     "Հարգելի գործընկերներ,\n\nՑավոք, Հայաստանը չի կարող մասնակցել Բուդապեշտի խորհրդակցական նիստին "
     "(CI-19/35)։\n\nՀարգանքով\n"),
    ("ur",
     "محترم جناب،\n\nسرکلر CI-19/35 کے حوالے سے افسوس کے ساتھ مطلع کیا جاتا ہے کہ پاکستان بوداپسٹ اجلاس میں "
     "شرکت نہیں کر سکے گا۔\n\nوالسلام\n"),
    ("bn",
     "প্রিয় মহোদয়,\n\nসার্কুলার CI-19/35 এর প্রেক্ষিতে দুঃখের সাথে জানাচ্ছি যে বাংলাদেশ বুদাপেস্ট অধিবেশনে "
     "অংশগ্রহণ করতে পারবে না।\n\nশুভেচ্ছান্তে\n"),
    ("kk",
     "Құрметті әріптестер!\n\nӨкінішке қарай, Қазақстан Будапештегі консультациялық сессияға (CI-19/35) қатыса "
     "алмайды.\n\nҚұрметпен\n"),
    ("mn",
     "Эрхэм хүндэт хамт олон,\n\nCI-19/35 тойрон бичгийн дагуу, харамсалтай нь Монгол Улс Будапешт дахь "
     "зөвлөлдөх уулзалтад оролцох боломжгүй байна.\n\nХүндэтгэсэн,\n"),
]


@pytest.mark.parametrize(("ident", "body"), DECLINES, ids=[c[0] for c in DECLINES])
def test_a_polite_decline_is_a_decline(ident: str, body: str) -> None:
    extraction = read(body)
    assert (extraction.kind, extraction.evidence["kind"].rule) == (Kind.DECLINE, "decline cue")
    assert extraction.delegates == ()

INTERESTS = [
    ("tl",
     "Magandang araw po,\n\nKaugnay ng Circular CI-19/35, ang Kagawaran ay interesado sa mga sesyon ng "
     "konsultasyon. Ipapaalam po namin ang pangalan ng aming kinatawan sa susunod.\n\nMaraming salamat po.\n"),
    ("ms",
     "Tuan/Puan,\n\nMalaysia berminat untuk menyertai sesi perundingan sebagaimana dinyatakan dalam surat "
     "pekeliling CI-19/35. Nama peserta akan dimaklumkan kemudian.\n\nSekian, terima kasih.\n"),
    ("vi",
     "Kính gửi Quý Ban thư ký,\n\nViệt Nam quan tâm đến các phiên tham vấn nêu trong thư CI-19/35 và sẽ thông "
     "báo danh sách đại biểu sau.\n\nTrân trọng,\n"),
    ("ro",
     "Stimate domn,\n\nRomânia este interesată să participe la sesiunile de consultare prevăzute în Circulara "
     "CI-19/35; numele participanților vor fi comunicate ulterior.\n\nCu stimă,\n"),
    ("hu",
     "Tisztelt Uram!\n\nA Hatóság érdeklődéssel fogadta a CI-19/35 számú körlevelet, és részt kíván venni a "
     "konzultációkon; a résztvevők nevét később közöljük.\n\nÜdvözlettel\n"),
    ("cs",
     "Vážení,\n\nČeský telekomunikační úřad má zájem o účast na konzultačních zasedáních podle oběžníku "
     "CI-19/35; jména účastníků sdělíme později.\n\nS pozdravem\n"),
    ("sk",
     "Vážení,\n\nMinisterstvo má záujem o účasť na konzultačných zasadnutiach podľa obežníka CI-19/35; mená "
     "účastníkov oznámime neskôr.\n\nS pozdravom\n"),
    ("sv",
     "Bästa kollegor,\n\nSverige är intresserat av att delta i de samrådsmöten som nämns i cirkulär CI-19/35. "
     "Deltagarnas namn meddelas senare.\n\nMed vänliga hälsningar\n"),
    ("da",
     "Kære kolleger,\n\nDanmark er interesseret i at deltage i de konsultationsmøder, der omtales i cirkulære "
     "CI-19/35. Navnene følger senere.\n\nMed venlig hilsen\n"),
    ("fi",
     "Hyvät kollegat,\n\nSuomi on kiinnostunut osallistumaan kiertokirjeessä CI-19/35 mainittuihin "
     "kuulemistilaisuuksiin. Osallistujien nimet ilmoitetaan myöhemmin.\n\nYstävällisin terveisin\n"),
    ("el",
     "Αξιότιμοι κύριοι,\n\nΗ Ελλάδα ενδιαφέρεται να συμμετάσχει στις συνόδους διαβούλευσης της εγκυκλίου "
     "CI-19/35. Τα ονόματα θα σας γνωστοποιηθούν αργότερα.\n\nΜε εκτίμηση\n"),
    ("bg",
     "Уважаеми колеги,\n\nБългария проявява интерес към консултативните сесии по циркулярно писмо CI-19/35. "
     "Имената на участниците ще бъдат съобщени допълнително.\n\nС уважение\n"),
    ("hr",
     "Poštovani,\n\nHAKOM je zainteresiran za sudjelovanje na konzultacijskim sjednicama iz okružnice CI-19/35. "
     "Imena sudionika dostavit ćemo naknadno.\n\nS poštovanjem\n"),
    ("sl",
     "Spoštovani,\n\nAgencija je zainteresirana za udeležbo na posvetovalnih zasedanjih iz okrožnice CI-19/35. "
     "Imena udeležencev sporočimo naknadno.\n\nS spoštovanjem\n"),
    ("th",
     "เรียน ITU\n\nตามหนังสือเวียน CI-19/35 สำนักงานฯ มีความสนใจที่จะเข้าร่วมการประชุมหารือ "
     "และจะแจ้งรายชื่อผู้แทนให้ทราบภายหลัง\n\nขอแสดงความนับถือ\n"),
    ("hi",
     "महोदय,\n\nपरिपत्र CI-19/35 के संदर्भ में, मंत्रालय परामर्श सत्रों में भाग लेने में रुचि रखता है। "
     "प्रतिभागियों के नाम बाद में भेजे जाएंगे।\n\nसादर,\n"),
    ("he",
     "שלום רב,\n\nמשרד התקשורת מעוניין להשתתף במושבי ההתייעצות שבחוזר CI-19/35. שמות המשתתפים יימסרו "
     "בהמשך.\n\nבברכה,\n"),
    ("ka",
     "პატივცემულო კოლეგებო,\n\nკომისია დაინტერესებულია CI-19/35 ცირკულარით გათვალისწინებულ საკონსულტაციო "
     "სესიებში მონაწილეობით. მონაწილეთა სახელებს მოგვიანებით გაცნობებთ.\n\nპატივისცემით\n"),
    ("sq",
     "Të nderuar zotërinj,\n\nAutoriteti është i interesuar të marrë pjesë në sesionet e konsultimit të "
     "qarkores CI-19/35. Emrat do t'ju dërgohen më vonë.\n\nMe respekt\n"),
    ("lt",
     "Gerbiamieji,\n\nRyšių reguliavimo tarnyba domisi aplinkraštyje CI-19/35 minimomis konsultacijų sesijomis. "
     "Dalyvių pavardes pranešime vėliau.\n\nPagarbiai\n"),
    ("et",
     "Lugupeetud kolleegid\n\nEesti on huvitatud osalemisest ringkirjas CI-19/35 nimetatud "
     "konsultatsiooniistungitel. Osalejate nimed teatame hiljem.\n\nLugupidamisega\n"),
    ("az",
     "Hörmətli cənablar,\n\nNazirlik CI-19/35 saylı sirkulyarda qeyd olunan məsləhətləşmə sessiyalarında "
     "iştirak etmək istəyir. İştirakçıların adları sonra bildiriləcək.\n\nHörmətlə\n"),
    ("hy",
     "Հարգելի գործընկերներ,\n\nՆախարարությունը հետաքրքրված է CI-19/35 շրջաբերականով նախատեսված խորհրդակցական "
     "նիստերով։ Մասնակիցների անունները կտեղեկացնենք ավելի ուշ։\n\nՀարգանքով\n"),
    ("ur",
     "محترم جناب،\n\nسرکلر CI-19/35 کے حوالے سے وزارت مشاورتی اجلاسوں میں شرکت کی خواہشمند ہے۔ شرکاء کے نام بعد "
     "میں بھیجے جائیں گے۔\n\nوالسلام\n"),
    ("bn",
     "প্রিয় মহোদয়,\n\nসার্কুলার CI-19/35 এর পরামর্শ অধিবেশনে মন্ত্রণালয় অংশগ্রহণ করতে আগ্রহী। "
     "অংশগ্রহণকারীদের নাম পরে জানানো হবে।\n\nশুভেচ্ছান্তে\n"),
    ("kk",
     "Құрметті әріптестер!\n\nМинистрлік CI-19/35 циркулярында көрсетілген консультациялық сессияларға қатысуға "
     "мүдделі. Қатысушылардың аты-жөні кейінірек хабарланады.\n\nҚұрметпен\n"),
    ("mn",
     "Эрхэм хүндэт хамт олон,\n\nХороо CI-19/35 тойрон бичигт дурдсан зөвлөлдөх уулзалтуудад оролцох "
     "сонирхолтой байна. Оролцогчдын нэрсийг дараа мэдэгдэнэ.\n\nХүндэтгэсэн,\n"),
]


@pytest.mark.parametrize(("ident", "body"), INTERESTS, ids=[c[0] for c in INTERESTS])
def test_interest_without_names_is_interest_only_by_its_cue(ident: str, body: str) -> None:
    extraction = read(body)
    assert (extraction.kind, extraction.evidence["kind"].rule) == (Kind.INTEREST_ONLY, "interest cue")

INQUIRIES = [
    ("tl",
     "Magandang araw po,\n\nKaugnay ng Circular CI-19/35, nais po naming malaman kung may bayad ang pagdalo sa "
     "sesyon sa Budapest.\n\nMaraming salamat po.\n"),
    ("ms",
     "Tuan/Puan,\n\nBerhubung surat pekeliling CI-19/35, kami ingin mengetahui tatacara pendaftaran "
     "peserta.\n\nSekian, terima kasih.\n"),
    ("vi",
     "Kính gửi Quý Ban thư ký,\n\nVề thư CI-19/35, đề nghị Quý Ban cho biết thủ tục đăng ký đại biểu.\n\nTrân "
     "trọng,\n"),
    ("ro",
     "Stimate domn,\n\nReferitor la Circulara CI-19/35, vă rugăm să ne comunicați modalitatea de înregistrare a "
     "participanților.\n\nCu stimă,\n"),
    ("hu",
     "Tisztelt Uram!\n\nA CI-19/35 számú körlevéllel kapcsolatban szeretnénk megtudni, hogyan történik a "
     "regisztráció.\n\nÜdvözlettel\n"),
    ("cs",
     "Vážení,\n\nv souvislosti s oběžníkem CI-19/35 bychom se rádi zeptali, jak probíhá registrace "
     "účastníků.\n\nS pozdravem\n"),
    ("sk",
     "Vážení,\n\nv súvislosti s obežníkom CI-19/35 by sme sa chceli opýtať, ako prebieha registrácia "
     "účastníkov.\n\nS pozdravom\n"),
    ("sv",
     "Bästa kollegor,\n\nAngående cirkulär CI-19/35 skulle vi vilja veta hur registreringen går till.\n\nMed "
     "vänliga hälsningar\n"),
    ("no",
     "Kjære kolleger,\n\nAngående rundskriv CI-19/35 vil vi gjerne vite hvordan påmeldingen foregår.\n\nMed "
     "vennlig hilsen\n"),
    ("fi",
     "Hyvät kollegat,\n\nKiertokirjeeseen CI-19/35 liittyen haluaisimme tietää, miten ilmoittautuminen "
     "tapahtuu.\n\nYstävällisin terveisin\n"),
    ("el",
     "Αξιότιμοι κύριοι,\n\nΣχετικά με την εγκύκλιο CI-19/35, θα θέλαμε να μάθουμε τη διαδικασία εγγραφής.\n\nΜε "
     "εκτίμηση\n"),
    ("bg",
     "Уважаеми колеги,\n\nВъв връзка с CI-19/35 бихме искали да разберем как става регистрацията.\n\nС "
     "уважение\n"),
    ("hr",
     "Poštovani,\n\nvezano uz okružnicu CI-19/35 željeli bismo znati kako se provodi registracija.\n\nS "
     "poštovanjem\n"),
    ("th",
     "เรียน ITU\n\nตามหนังสือเวียน CI-19/35 ใคร่ขอทราบขั้นตอนการลงทะเบียนผู้เข้าร่วม\n\nขอแสดงความนับถือ\n"),
    ("hi",
     "महोदय,\n\nपरिपत्र CI-19/35 के संबंध में हम पंजीकरण की प्रक्रिया जानना चाहेंगे।\n\nसादर,\n"),
    ("he",
     "שלום רב,\n\nבהתייחס לחוזר CI-19/35, נבקש לברר כיצד מתבצע הרישום.\n\nבברכה,\n"),
    ("lv",
     "Godātie kolēģi!\n\nSaistībā ar apkārtrakstu CI-19/35 vēlētos uzzināt, kā notiek reģistrācija.\n\nAr "
     "cieņu\n"),
]


@pytest.mark.parametrize(("ident", "body"), INQUIRIES, ids=[c[0] for c in INQUIRIES])
def test_a_question_without_a_question_mark_is_an_inquiry_by_its_cue(ident: str, body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INQUIRY
    assert extraction.evidence["kind"].spans, "decided by a cue phrase, not by a question mark"

CORRECTIONS = [
    ("hu",
     "Tisztelt Uram!\n\nKorábbi levelünkre hivatkozva (CI-19/35) tájékoztatjuk, hogy dr. Kovács Péter helyett "
     "dr. Nagy Anna vesz részt a budapesti ülésen.\n\nÜdvözlettel\n",
     ["Nagy Anna"]),
    ("fi",
     "Hyvät kollegat,\n\nViitaten aiempaan viestiimme (CI-19/35): Matti Virtasen sijaan Budapestin tilaisuuteen "
     "osallistuu Liisa Korhonen. Muut tiedot pysyvät ennallaan.\n\nYstävällisin terveisin\n",
     ["Liisa Korhonen"]),
]


@pytest.mark.parametrize(("ident", "body", "expected"), CORRECTIONS, ids=[c[0] for c in CORRECTIONS])
def test_a_postposition_withdraws_the_person_before_it(ident: str, body: str, expected: list[str]) -> None:
    """Finnish "X:n sijaan", Hungarian "X helyett" name the replaced person first: only the one after is nominated."""
    assert names(read(body)) == expected

