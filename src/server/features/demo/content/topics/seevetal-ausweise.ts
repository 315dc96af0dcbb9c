import { blocks, type DemoTopic } from '../demo-text.ts';
import { SEEVETAL, SEEVETAL_BUERGERBUERO } from './contacts.ts';

// Seevetal's pages on identity cards and passports (fees as of 2024/2025: Personalausweis 37,00 / 22,80 Euro,
// Reisepass 70,00 / 37,50 Euro, express surcharge 32,00 Euro; digital photos only since May 2025).

export const PERSONALAUSWEIS: DemoTopic = {
  slug: 'personalausweis-beantragen',
  owner: SEEVETAL,
  leikaKey: '99008001012000',
  tags: ['Meldewesen', 'Ausweise'],
  contact: SEEVETAL_BUERGERBUERO,
  sharing: { sharedWith: 'platform', licence: 'CC-BY-4.0' },
  texts: {
    de: {
      title: 'Personalausweis beantragen',
      bodyHtml: blocks(
        '<p>Ab 16 Jahren müssen Sie einen gültigen Personalausweis oder Reisepass besitzen. Den Personalausweis beantragen Sie persönlich im Bürgerbüro Ihres Wohnorts. Ab sechs Jahren werden dabei zwei Fingerabdrücke aufgenommen. Auch Kinder können einen Personalausweis erhalten: Für sie stellen die Sorgeberechtigten den Antrag, und das Kind kommt mit.</p>',
        '<h3>Was Sie mitbringen</h3>',
        '<ul><li>Ihren bisherigen Personalausweis oder Reisepass, beim ersten Ausweis Ihre Geburtsurkunde</li><li>ein biometrisches Passfoto in digitaler Form: Wir nehmen es für 6,00 Euro im Bürgerbüro auf, oder ein zertifiziertes Fotostudio übermittelt es uns elektronisch</li><li>Bargeld oder Karte für die Gebühr</li></ul>',
        '<h3>Kosten und Dauer</h3>',
        '<p>Ab 24 Jahren kostet der Personalausweis 37,00 Euro und gilt zehn Jahre. Unter 24 Jahren kostet er 22,80 Euro und gilt sechs Jahre. Die Bundesdruckerei stellt den Ausweis in etwa drei bis vier Wochen her; Sie holen ihn anschließend persönlich im Bürgerbüro ab. Wenn Sie vorher einen Ausweis brauchen, erhalten Sie für 10,00 Euro einen vorläufigen Personalausweis.</p>',
        '<p>Mit der Online-Ausweisfunktion und Ihrer PIN können Sie sich im Internet sicher ausweisen, zum Beispiel bei Anträgen an Behörden.</p>',
      ),
    },
    en: {
      title: 'Applying for an identity card',
      bodyHtml: blocks(
        '<p>From the age of 16, you must have a valid identity card or passport. You apply for the identity card in person at the citizens’ office where you live. From the age of six, two fingerprints are taken. Children can also get an identity card: their legal guardians apply for it, and the child comes along.</p>',
        '<h3>What to bring</h3>',
        '<ul><li>your current identity card or passport; for your first identity card, your birth certificate</li><li>a biometric passport photo in digital form: we take it at the citizens’ office for 6.00 euros, or a certified photo studio sends it to us electronically</li><li>cash or a card to pay the fee</li></ul>',
        '<h3>Costs and processing time</h3>',
        '<p>From the age of 24, the identity card costs 37.00 euros and is valid for ten years. Under 24, it costs 22.80 euros and is valid for six years. The Federal Printing Office (Bundesdruckerei) produces the card in about three to four weeks; you then collect it in person at the citizens’ office. If you need an identity document before then, you can get a temporary identity card for 10.00 euros.</p>',
        '<p>With the online ID function and your PIN, you can prove your identity securely on the internet, for example when applying to public authorities.</p>',
      ),
    },
    ar: {
      title: 'طلب بطاقة الهوية الشخصية',
      bodyHtml: blocks(
        '<p>اعتبارًا من سن 16 عامًا، يجب أن تكون لديك بطاقة هوية شخصية أو جواز سفر ساري المفعول. تقدّم طلب بطاقة الهوية شخصيًا في مكتب خدمة المواطنين في مكان سكنك. وابتداءً من سن السادسة تُؤخذ بصمات إصبعين. يمكن للأطفال أيضًا الحصول على بطاقة هوية: يقدّم أولياء الأمور الطلب، ويحضر الطفل معهم.</p>',
        '<h3>ما يجب إحضاره</h3>',
        '<ul><li>بطاقة هويتك الحالية أو جواز سفرك، وعند إصدار أول بطاقة هوية: شهادة ميلادك</li><li>صورة بيومترية بصيغة رقمية: نلتقطها لك في مكتب خدمة المواطنين مقابل 6,00 يورو، أو يرسلها إلينا استوديو تصوير معتمد إلكترونيًا</li><li>نقود أو بطاقة مصرفية لدفع الرسوم</li></ul>',
        '<h3>التكاليف ومدة الإنجاز</h3>',
        '<p>لمن بلغ 24 عامًا تبلغ رسوم بطاقة الهوية 37,00 يورو وتكون صالحة لمدة عشر سنوات. ولمن هم دون 24 عامًا تبلغ الرسوم 22,80 يورو وتكون صالحة لمدة ست سنوات. تُصنع البطاقة في مطبعة الدولة الاتحادية (Bundesdruckerei) خلال ثلاثة إلى أربعة أسابيع تقريبًا، ثم تستلمها شخصيًا من مكتب خدمة المواطنين. إذا احتجت إلى وثيقة هوية قبل ذلك، يمكنك الحصول على بطاقة هوية مؤقتة مقابل 10,00 يورو.</p>',
        '<p>باستخدام وظيفة الهوية الإلكترونية ورقمك السري (PIN) يمكنك إثبات هويتك بأمان عبر الإنترنت، مثلًا عند تقديم طلبات إلى الجهات الرسمية.</p>',
      ),
    },
    uk: {
      title: 'Оформлення посвідчення особи',
      bodyHtml: blocks(
        '<p>З 16 років ви зобов’язані мати дійсне посвідчення особи або паспорт. Заяву на посвідчення особи ви подаєте особисто в бюро обслуговування громадян за місцем проживання. Починаючи з шести років, під час подання заяви знімають відбитки двох пальців. Діти також можуть отримати посвідчення особи: заяву подають їхні законні представники, а дитина приходить разом із ними.</p>',
        '<h3>Що взяти з собою</h3>',
        '<ul><li>ваше чинне посвідчення особи або паспорт; для першого посвідчення — свідоцтво про народження</li><li>біометричне фото в цифровому вигляді: ми зробимо його в бюро обслуговування громадян за 6,00 євро, або сертифікована фотостудія надішле його нам в електронному вигляді</li><li>готівку або картку для сплати збору</li></ul>',
        '<h3>Вартість і строки</h3>',
        '<p>Для осіб віком від 24 років посвідчення коштує 37,00 євро і дійсне десять років. Для осіб до 24 років воно коштує 22,80 євро і дійсне шість років. Федеральна друкарня (Bundesdruckerei) виготовляє посвідчення приблизно за три–чотири тижні; потім ви особисто забираєте його в бюро обслуговування громадян. Якщо документ потрібен вам раніше, ви можете отримати тимчасове посвідчення особи за 10,00 євро.</p>',
        '<p>Завдяки функції онлайн-ідентифікації та вашому PIN-коду ви можете безпечно підтверджувати свою особу в інтернеті, наприклад під час подання заяв до органів влади.</p>',
      ),
    },
    'de-x-ls': {
      title: 'Personal-Ausweis beantragen',
      bodyHtml: blocks(
        '<p>Ab 16 Jahren brauchen Sie einen Personal-Ausweis. Oder einen Reise-Pass.</p>',
        '<p>Den Personal-Ausweis bekommen Sie im Bürger-Büro. Sie müssen selbst hingehen.</p>',
        '<h3>Das bringen Sie mit</h3>',
        '<ul><li>Ihren alten Ausweis.</li><li>Das ist Ihr erster Ausweis? Dann bringen Sie Ihre Geburts-Urkunde mit.</li><li>Geld für den Ausweis.</li></ul>',
        '<h3>Das Foto</h3>',
        '<p>Für den Ausweis brauchen Sie ein Foto. Das Foto machen wir im Bürger-Büro. Oder Sie gehen zu einem Foto-Studio. Das Foto-Studio schickt uns das Foto.</p>',
        '<h3>Das kostet der Ausweis</h3>',
        '<p>Sie sind 24 Jahre oder älter? Dann kostet der Ausweis 37 Euro.</p>',
        '<p>Sie sind jünger als 24 Jahre? Dann kostet der Ausweis 22 Euro und 80 Cent.</p>',
        '<p>Der neue Ausweis ist nach 3 bis 4 Wochen fertig. Dann holen Sie den Ausweis im Bürger-Büro ab.</p>',
      ),
    },
  },
};

export const REISEPASS: DemoTopic = {
  slug: 'reisepass-beantragen',
  owner: SEEVETAL,
  leikaKey: '99085001012000',
  tags: ['Meldewesen', 'Ausweise'],
  contact: SEEVETAL_BUERGERBUERO,
  sharing: { sharedWith: 'alliances', licence: 'CC-BY-4.0' },
  machine: ['uk'],
  texts: {
    de: {
      title: 'Reisepass beantragen',
      bodyHtml: blocks(
        '<p>Für Reisen in viele Länder außerhalb der Europäischen Union brauchen Sie einen Reisepass. Sie beantragen ihn persönlich im Bürgerbüro Ihres Wohnorts; ab sechs Jahren werden zwei Fingerabdrücke gespeichert. Den Kinderreisepass gibt es seit 2024 nicht mehr. Kinder erhalten einen regulären Reisepass, der sechs Jahre gilt.</p>',
        '<h3>Was Sie mitbringen</h3>',
        '<ul><li>Ihren bisherigen Reisepass oder Personalausweis</li><li>ein digitales biometrisches Passfoto, im Bürgerbüro aufgenommen oder von einem zertifizierten Fotostudio übermittelt</li><li>für Kinder: die Geburtsurkunde und die Zustimmung aller Sorgeberechtigten</li></ul>',
        '<h3>Kosten und Dauer</h3>',
        '<p>Ab 24 Jahren kostet der Reisepass 70,00 Euro und gilt zehn Jahre. Unter 24 Jahren kostet er 37,50 Euro und gilt sechs Jahre. Die Herstellung dauert etwa drei bis vier Wochen. Im Expressverfahren liegt der Pass in der Regel nach wenigen Werktagen vor; dafür zahlen Sie 32,00 Euro zusätzlich.</p>',
        '<p>Prüfen Sie vor Ihrer Reise die Einreisebestimmungen Ihres Ziellandes, zum Beispiel in den Reise- und Sicherheitshinweisen des Auswärtigen Amts. Manche Länder verlangen, dass der Pass noch mindestens sechs Monate gültig ist.</p>',
      ),
    },
    en: {
      title: 'Applying for a passport',
      bodyHtml: blocks(
        '<p>You need a passport to travel to many countries outside the European Union. You apply for it in person at the citizens’ office where you live; from the age of six, two fingerprints are stored. The children’s passport (Kinderreisepass) has no longer been issued since 2024. Children receive a regular passport, which is valid for six years.</p>',
        '<h3>What to bring</h3>',
        '<ul><li>your current passport or identity card</li><li>a digital biometric passport photo, taken at the citizens’ office or sent by a certified photo studio</li><li>for children: the birth certificate and the consent of all legal guardians</li></ul>',
        '<h3>Costs and processing time</h3>',
        '<p>From the age of 24, the passport costs 70.00 euros and is valid for ten years. Under 24, it costs 37.50 euros and is valid for six years. Production takes about three to four weeks. With the express service, the passport is usually ready within a few working days; this costs an additional 32.00 euros.</p>',
        '<p>Before you travel, check the entry requirements of your destination country, for example in the travel and safety advice of the Federal Foreign Office. Some countries require the passport to be valid for at least six more months.</p>',
      ),
    },
    ar: {
      title: 'طلب جواز السفر',
      bodyHtml: blocks(
        '<p>تحتاج إلى جواز سفر للسفر إلى كثير من الدول خارج الاتحاد الأوروبي. تقدّم الطلب شخصيًا في مكتب خدمة المواطنين في مكان سكنك، وابتداءً من سن السادسة تُحفظ بصمات إصبعين. لم يعد جواز سفر الأطفال (Kinderreisepass) يصدر منذ عام 2024، ويحصل الأطفال على جواز سفر عادي صالح لمدة ست سنوات.</p>',
        '<h3>ما يجب إحضاره</h3>',
        '<ul><li>جواز سفرك الحالي أو بطاقة هويتك الشخصية</li><li>صورة بيومترية رقمية، تُلتقط في مكتب خدمة المواطنين أو يرسلها استوديو تصوير معتمد</li><li>للأطفال: شهادة الميلاد وموافقة جميع أولياء الأمور</li></ul>',
        '<h3>التكاليف ومدة الإنجاز</h3>',
        '<p>لمن بلغ 24 عامًا تبلغ رسوم جواز السفر 70,00 يورو ويكون صالحًا لمدة عشر سنوات. ولمن هم دون 24 عامًا تبلغ الرسوم 37,50 يورو ويكون صالحًا لمدة ست سنوات. يستغرق إصدار الجواز ثلاثة إلى أربعة أسابيع تقريبًا. وفي الإجراء المستعجل يكون الجواز جاهزًا عادةً خلال أيام عمل قليلة، مقابل رسوم إضافية قدرها 32,00 يورو.</p>',
        '<p>قبل السفر، تحقّق من شروط الدخول إلى بلد وجهتك، مثلًا في إرشادات السفر والسلامة الصادرة عن وزارة الخارجية الاتحادية. تشترط بعض الدول أن يكون الجواز صالحًا لستة أشهر أخرى على الأقل.</p>',
      ),
    },
    uk: {
      title: 'Оформлення паспорта',
      bodyHtml: blocks(
        '<p>Для подорожей до багатьох країн за межами Європейського Союзу вам потрібен паспорт. Заяву ви подаєте особисто в бюро обслуговування громадян за місцем проживання; з шести років у паспорті зберігаються відбитки двох пальців. Дитячий паспорт (Kinderreisepass) з 2024 року більше не видається. Діти отримують звичайний паспорт, дійсний шість років.</p>',
        '<h3>Що взяти з собою</h3>',
        '<ul><li>ваш чинний паспорт або посвідчення особи</li><li>цифрове біометричне фото, зроблене в бюро обслуговування громадян або надіслане сертифікованою фотостудією</li><li>для дітей: свідоцтво про народження та згода всіх законних представників</li></ul>',
        '<h3>Вартість і строки</h3>',
        '<p>Для осіб віком від 24 років паспорт коштує 70,00 євро і дійсний десять років. Для осіб до 24 років він коштує 37,50 євро і дійсний шість років. Виготовлення триває приблизно три–чотири тижні. У терміновому порядку паспорт зазвичай готовий за кілька робочих днів; за це потрібно доплатити 32,00 євро.</p>',
        '<p>Перед поїздкою перевірте правила в’їзду до країни призначення, наприклад у порадах щодо подорожей і безпеки Міністерства закордонних справ Німеччини. Деякі країни вимагають, щоб паспорт був дійсним ще щонайменше шість місяців.</p>',
      ),
    },
  },
};
