import { blocks, type DemoTopic } from '../demo-text.ts';
import { MAGDEBURG, MAGDEBURG_BUERGERBUERO } from './contacts.ts';

// Magdeburg's page on certificates of good conduct (Bundeszentralregistergesetz §§ 30 ff.; fee 13,00 Euro),
// shared with its alliance.

const PORTAL = '<a href="https://www.fuehrungszeugnis.bund.de" rel="noopener">www.fuehrungszeugnis.bund.de</a>';

export const FUEHRUNGSZEUGNIS: DemoTopic = {
  slug: 'fuehrungszeugnis-beantragen',
  owner: MAGDEBURG,
  leikaKey: '99049001001000',
  tags: ['Ordnung', 'Recht'],
  contact: MAGDEBURG_BUERGERBUERO,
  sharing: { sharedWith: 'alliances', licence: 'CC-BY-4.0' },
  texts: {
    de: {
      title: 'Führungszeugnis beantragen',
      bodyHtml: blocks(
        '<p>Ein Führungszeugnis zeigt, ob im Bundeszentralregister Verurteilungen eingetragen sind. Arbeitgeber verlangen es oft bei einer Bewerbung. Für die Arbeit mit Kindern und Jugendlichen, auch im Ehrenamt, brauchen Sie ein erweitertes Führungszeugnis. Sie können es ab 14 Jahren beantragen.</p>',
        '<h3>So beantragen Sie es</h3>',
        `<ul><li>im Bürgerbüro mit Ihrem Personalausweis oder Reisepass; für ein erweitertes Führungszeugnis bringen Sie zusätzlich die schriftliche Aufforderung der Stelle mit, die es verlangt</li><li>online beim Bundesamt für Justiz unter ${PORTAL}, mit der Online-Ausweisfunktion Ihres Personalausweises</li></ul>`,
        '<p>Das Bundesamt für Justiz stellt das Führungszeugnis aus und schickt es Ihnen nach etwa ein bis zwei Wochen per Post. Ein Führungszeugnis zur Vorlage bei einer Behörde geht direkt an die Behörde.</p>',
        '<h3>Kosten</h3>',
        '<p>Die Gebühr beträgt 13,00 Euro. Für ein Ehrenamt, etwa im Sportverein, ist das Führungszeugnis mit einer Bestätigung der Einrichtung gebührenfrei. Bei geringem Einkommen können Sie eine Befreiung von der Gebühr beantragen.</p>',
      ),
    },
    en: {
      title: 'Applying for a certificate of good conduct',
      bodyHtml: blocks(
        '<p>A certificate of good conduct (Führungszeugnis) shows whether any convictions are entered in the Federal Central Criminal Register. Employers often ask for one when you apply for a job. For work with children and young people, including voluntary work, you need an extended certificate of good conduct. You can apply from the age of 14.</p>',
        '<h3>How to apply</h3>',
        `<ul><li>at the citizens’ office with your identity card or passport; for an extended certificate, also bring the written request from the organisation that requires it</li><li>online from the Federal Office of Justice at ${PORTAL}, using the online ID function of your identity card</li></ul>`,
        '<p>The Federal Office of Justice issues the certificate and sends it to you by post after about one to two weeks. A certificate to be presented to a public authority is sent directly to that authority.</p>',
        '<h3>Costs</h3>',
        '<p>The fee is 13.00 euros. For voluntary work, for example in a sports club, the certificate is free of charge with a confirmation from the organisation. If you have a low income, you can apply for an exemption from the fee.</p>',
      ),
    },
    ar: {
      title: 'طلب شهادة حسن السيرة والسلوك',
      bodyHtml: blocks(
        '<p>تبيّن شهادة حسن السيرة والسلوك (Führungszeugnis) ما إذا كانت هناك أحكام إدانة مسجلة في السجل المركزي الاتحادي. كثيرًا ما يطلبها أصحاب العمل عند التقدم لوظيفة. وللعمل مع الأطفال والشباب، بما في ذلك العمل التطوعي، تحتاج إلى شهادة حسن سيرة وسلوك موسّعة. يمكنك تقديم الطلب ابتداءً من سن 14 عامًا.</p>',
        '<h3>كيف تقدّم الطلب</h3>',
        `<ul><li>في مكتب خدمة المواطنين مع بطاقة هويتك الشخصية أو جواز سفرك؛ وللشهادة الموسّعة أحضر أيضًا الطلب الخطي من الجهة التي تطلبها</li><li>عبر الإنترنت لدى المكتب الاتحادي للعدل على الموقع ${PORTAL}، باستخدام وظيفة الهوية الإلكترونية في بطاقة هويتك</li></ul>`,
        '<p>يُصدر المكتب الاتحادي للعدل الشهادة ويرسلها إليك بالبريد بعد أسبوع إلى أسبوعين تقريبًا. أما الشهادة المخصصة للتقديم إلى جهة رسمية فتُرسل مباشرة إلى تلك الجهة.</p>',
        '<h3>التكاليف</h3>',
        '<p>تبلغ الرسوم 13,00 يورو. وتكون الشهادة مجانية للعمل التطوعي، مثلًا في نادٍ رياضي، إذا قدّمت تأكيدًا من الجهة المعنية. وإذا كان دخلك منخفضًا، يمكنك طلب الإعفاء من الرسوم.</p>',
      ),
    },
    uk: {
      title: 'Отримання довідки про несудимість',
      bodyHtml: blocks(
        '<p>Довідка про несудимість (Führungszeugnis) показує, чи внесено до Федерального центрального реєстру відомості про засудження. Роботодавці часто вимагають її під час працевлаштування. Для роботи з дітьми та молоддю, зокрема волонтерської, вам потрібна розширена довідка про несудимість. Подати заяву можна з 14 років.</p>',
        '<h3>Як подати заяву</h3>',
        `<ul><li>у бюро обслуговування громадян із посвідченням особи або паспортом; для розширеної довідки візьміть також письмовий запит установи, яка її вимагає</li><li>онлайн у Федеральному відомстві юстиції на сайті ${PORTAL} за допомогою функції онлайн-ідентифікації вашого посвідчення особи</li></ul>`,
        '<p>Федеральне відомство юстиції видає довідку й надсилає її вам поштою приблизно за один–два тижні. Довідку для подання до органу влади надсилають безпосередньо до цього органу.</p>',
        '<h3>Вартість</h3>',
        '<p>Збір становить 13,00 євро. Для волонтерської діяльності, наприклад у спортивному клубі, довідка безкоштовна за наявності підтвердження від установи. Якщо у вас низький дохід, ви можете подати заяву про звільнення від збору.</p>',
      ),
    },
  },
};
