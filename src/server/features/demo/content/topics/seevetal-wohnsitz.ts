import { blocks, type DemoText, type DemoTopic } from '../demo-text.ts';
import { SEEVETAL, SEEVETAL_BUERGERBUERO } from './contacts.ts';

// Seevetal's page on registering an address, and the change it made after other municipalities had linked it:
// online registration with the ID card. The Ukrainian translation is not brought up to date with that change.

const INTRO = {
  de: '<p>Wenn Sie in eine Wohnung einziehen, müssen Sie sich innerhalb von zwei Wochen nach dem Einzug bei der Meldebehörde anmelden. Das gilt auch für einen Umzug innerhalb der Gemeinde. Bei einem Umzug innerhalb Deutschlands müssen Sie sich am alten Wohnort nicht abmelden.</p>',
  en: '<p>When you move into a flat or house, you must register with the registration office within two weeks of moving in. This also applies if you move within the municipality. If you move within Germany, you do not need to deregister at your old address.</p>',
  ar: '<p>عند انتقالك إلى شقة أو منزل، يجب عليك تسجيل عنوانك لدى مكتب تسجيل السكان خلال أسبوعين من تاريخ الانتقال. ويسري ذلك أيضًا عند الانتقال داخل البلدية نفسها. إذا انتقلت داخل ألمانيا، فلا حاجة إلى إلغاء تسجيلك في مكان السكن السابق.</p>',
};

const DOCUMENTS = {
  de: '<ul><li>Personalausweis oder Reisepass aller Personen, die Sie anmelden</li><li>die Wohnungsgeberbestätigung, die Ihnen Ihre Vermieterin oder Ihr Vermieter ausstellt</li><li>für Kinder ohne Ausweis: die Geburtsurkunde</li></ul>',
  en: '<ul><li>the identity card or passport of every person you are registering</li><li>the landlord’s confirmation (Wohnungsgeberbestätigung), which your landlord issues to you</li><li>for children without an identity document: their birth certificate</li></ul>',
  ar: '<ul><li>بطاقة الهوية الشخصية أو جواز السفر لكل شخص تقوم بتسجيله</li><li>تأكيد المؤجر (Wohnungsgeberbestätigung) الذي يصدره لك المؤجر أو المؤجرة</li><li>للأطفال الذين ليست لديهم وثيقة هوية: شهادة الميلاد</li></ul>',
};

const LS_INTRO = blocks(
  '<p>Sie ziehen in eine neue Wohnung?</p>',
  '<p>Dann müssen Sie sich anmelden. Das heißt: Sie sagen der Gemeinde Ihre neue Adresse.</p>',
  '<p>Dafür haben Sie 2 Wochen Zeit. Die Zeit beginnt am Tag vom Einzug.</p>',
);

const LS_DOCUMENTS = blocks(
  '<h3>Das bringen Sie mit</h3>',
  '<ul><li>Ihren Personal-Ausweis oder Ihren Reise-Pass.</li><li>Ein Papier von Ihrem Vermieter. Das Papier heißt: Wohnungs-Geber-Bestätigung.</li></ul>',
);

const LS_REPRESENTATIVE =
  '<p>Sie können nicht selbst kommen? Dann kann eine andere Person für Sie kommen. Die Person braucht eine Vollmacht von Ihnen. Eine Vollmacht ist ein Brief. Darin steht: Diese Person darf das für mich machen.</p>';

export const WOHNSITZ: DemoTopic = {
  slug: 'wohnsitz-anmelden',
  owner: SEEVETAL,
  leikaKey: '99115005104000',
  tags: ['Meldewesen', 'Umzug'],
  contact: SEEVETAL_BUERGERBUERO,
  sharing: { sharedWith: 'platform', licence: 'CC-BY-4.0' },
  texts: {
    de: {
      title: 'Wohnsitz anmelden',
      bodyHtml: blocks(
        INTRO.de,
        '<h3>Was Sie mitbringen</h3>',
        DOCUMENTS.de,
        '<h3>Gut zu wissen</h3>',
        '<p>Die Anmeldung ist gebührenfrei. Ehepartner und Kinder, die mit Ihnen einziehen, können Sie gemeinsam anmelden. Wenn Sie nicht selbst kommen können, darf eine andere Person Sie mit einer schriftlichen Vollmacht vertreten. Ihr Personalausweis erhält einen Aufkleber mit der neuen Anschrift. Bitte vereinbaren Sie vorher einen Termin. Wer sich nicht rechtzeitig anmeldet, muss mit einem Bußgeld rechnen.</p>',
      ),
    },
    en: {
      title: 'Registering your address',
      bodyHtml: blocks(
        INTRO.en,
        '<h3>What to bring</h3>',
        DOCUMENTS.en,
        '<h3>Good to know</h3>',
        '<p>Registration is free of charge. Spouses and children who move in with you can be registered together with you. If you cannot come in person, someone else may represent you with a written power of attorney. Your identity card receives a sticker with your new address. Please book an appointment in advance. If you do not register in time, you may be fined.</p>',
      ),
    },
    ar: {
      title: 'تسجيل محل السكن',
      bodyHtml: blocks(
        INTRO.ar,
        '<h3>ما يجب إحضاره</h3>',
        DOCUMENTS.ar,
        '<h3>معلومات مفيدة</h3>',
        '<p>التسجيل مجاني. يمكنك تسجيل الزوج أو الزوجة والأطفال الذين ينتقلون معك في الوقت نفسه. إذا لم تتمكن من الحضور بنفسك، يجوز لشخص آخر أن ينوب عنك بتوكيل خطي. يُلصق على بطاقة هويتك ملصق يحمل العنوان الجديد. يُرجى حجز موعد مسبقًا. من لا يسجّل في الوقت المحدد قد يتعرض لغرامة مالية.</p>',
      ),
    },
    uk: {
      title: 'Реєстрація місця проживання',
      bodyHtml: blocks(
        '<p>Якщо ви в’їжджаєте до квартири чи будинку, ви повинні зареєструватися в органі реєстрації протягом двох тижнів після в’їзду. Це стосується також переїзду в межах громади. У разі переїзду в межах Німеччини знімати реєстрацію за попередньою адресою не потрібно.</p>',
        '<h3>Що взяти з собою</h3>',
        '<ul><li>посвідчення особи або паспорт кожної особи, яку ви реєструєте</li><li>підтвердження від орендодавця (Wohnungsgeberbestätigung), яке вам видає орендодавиця або орендодавець</li><li>для дітей без документа, що посвідчує особу: свідоцтво про народження</li></ul>',
        '<h3>Корисно знати</h3>',
        '<p>Реєстрація безкоштовна. Подружжя та дітей, які в’їжджають разом із вами, можна зареєструвати одночасно. Якщо ви не можете прийти особисто, вас може представляти інша особа за письмовою довіреністю. На ваше посвідчення особи наклеюють наліпку з новою адресою. Будь ласка, заздалегідь запишіться на прийом. Якщо ви не зареєструєтеся вчасно, вам можуть призначити штраф.</p>',
      ),
    },
    'de-x-ls': {
      title: 'Wohnsitz anmelden',
      bodyHtml: blocks(
        LS_INTRO,
        LS_DOCUMENTS,
        '<h3>Das ist auch wichtig</h3>',
        '<p>Die Anmeldung kostet nichts.</p>',
        '<p>Machen Sie vorher einen Termin.</p>',
        LS_REPRESENTATIVE,
      ),
    },
  },
};

/**
 * The major change of the German text after the page was linked (online registration), with the
 * English, Arabic and Leichte Sprache translations made from it; the Ukrainian stays as it was.
 */
export const WOHNSITZ_REVISION: { de: DemoText; en: DemoText; ar: DemoText; 'de-x-ls': DemoText } = {
  de: {
    title: 'Wohnsitz anmelden',
    bodyHtml: blocks(
      INTRO.de,
      '<h3>Online anmelden</h3>',
      '<p>Sie können sich jetzt auch online anmelden, ohne ins Bürgerbüro zu kommen. Sie brauchen dafür Ihren Personalausweis mit aktivierter Online-Ausweisfunktion, Ihre sechsstellige PIN, ein Smartphone mit der AusweisApp und die Wohnungsgeberbestätigung als Datei. Die neue Anschrift wird auf dem Chip Ihres Ausweises gespeichert; den Aufkleber für den Ausweis schicken wir Ihnen per Post.</p>',
      '<h3>Im Bürgerbüro anmelden</h3>',
      DOCUMENTS.de,
      '<h3>Gut zu wissen</h3>',
      '<p>Die Anmeldung ist gebührenfrei. Ehepartner und Kinder, die mit Ihnen einziehen, können Sie gemeinsam anmelden. Wenn Sie nicht selbst kommen können, darf eine andere Person Sie mit einer schriftlichen Vollmacht vertreten. Bitte vereinbaren Sie für das Bürgerbüro vorher einen Termin. Wer sich nicht rechtzeitig anmeldet, muss mit einem Bußgeld rechnen.</p>',
    ),
  },
  en: {
    title: 'Registering your address',
    bodyHtml: blocks(
      INTRO.en,
      '<h3>Registering online</h3>',
      '<p>You can now also register online without coming to the citizens’ office. You need your identity card with the online ID function activated, your six-digit PIN, a smartphone with the AusweisApp and the landlord’s confirmation as a file. Your new address is stored on the chip of your identity card; we send you the sticker for the card by post.</p>',
      '<h3>Registering at the citizens’ office</h3>',
      DOCUMENTS.en,
      '<h3>Good to know</h3>',
      '<p>Registration is free of charge. Spouses and children who move in with you can be registered together with you. If you cannot come in person, someone else may represent you with a written power of attorney. Please book an appointment for the citizens’ office in advance. If you do not register in time, you may be fined.</p>',
    ),
  },
  ar: {
    title: 'تسجيل محل السكن',
    bodyHtml: blocks(
      INTRO.ar,
      '<h3>التسجيل عبر الإنترنت</h3>',
      '<p>يمكنك الآن أيضًا تسجيل عنوانك عبر الإنترنت دون الحضور إلى مكتب خدمة المواطنين. تحتاج لذلك إلى بطاقة هويتك الشخصية مع تفعيل وظيفة الهوية الإلكترونية، ورقمك السري (PIN) المكوّن من ستة أرقام، وهاتف ذكي مثبت عليه تطبيق AusweisApp، وتأكيد المؤجر في صورة ملف. يُخزَّن العنوان الجديد على شريحة بطاقة هويتك، ونرسل إليك الملصق الخاص بالبطاقة بالبريد.</p>',
      '<h3>التسجيل في مكتب خدمة المواطنين</h3>',
      DOCUMENTS.ar,
      '<h3>معلومات مفيدة</h3>',
      '<p>التسجيل مجاني. يمكنك تسجيل الزوج أو الزوجة والأطفال الذين ينتقلون معك في الوقت نفسه. إذا لم تتمكن من الحضور بنفسك، يجوز لشخص آخر أن ينوب عنك بتوكيل خطي. يُرجى حجز موعد مسبقًا للحضور إلى مكتب خدمة المواطنين. من لا يسجّل في الوقت المحدد قد يتعرض لغرامة مالية.</p>',
    ),
  },
  'de-x-ls': {
    title: 'Wohnsitz anmelden',
    bodyHtml: blocks(
      LS_INTRO,
      '<h3>Anmelden im Internet</h3>',
      '<p>Sie können sich auch im Internet anmelden.</p>',
      '<p>Dafür brauchen Sie:</p>',
      '<ul><li>Ihren Personal-Ausweis mit Online-Funktion.</li><li>Ihre Geheim-Zahl. Die Geheim-Zahl heißt auch: PIN.</li><li>Ein Smartphone mit der AusweisApp.</li></ul>',
      '<h3>Anmelden im Bürger-Büro</h3>',
      LS_DOCUMENTS.replace('<h3>Das bringen Sie mit</h3>', '<p>Das bringen Sie mit:</p>'),
      '<p>Machen Sie vorher einen Termin.</p>',
      '<h3>Das ist auch wichtig</h3>',
      '<p>Die Anmeldung kostet nichts.</p>',
      LS_REPRESENTATIVE,
    ),
  },
};
