import { blocks, type DemoTopic } from '../demo-text.ts';
import { LEIPZIG, LEIPZIG_WOHNGELD } from './contacts.ts';

// Leipzig's housing benefit page (Wohngeldgesetz: paid from the month of application, usually for twelve months).

export const WOHNGELD: DemoTopic = {
  slug: 'wohngeld-beantragen',
  owner: LEIPZIG,
  leikaKey: '99107023037000',
  tags: ['Soziales', 'Wohnen'],
  contact: LEIPZIG_WOHNGELD,
  sharing: { sharedWith: 'platform', licence: 'DL-DE-BY-2.0' },
  texts: {
    de: {
      title: 'Wohngeld beantragen',
      bodyHtml: blocks(
        '<p>Wohngeld ist ein Zuschuss zu den Wohnkosten für Haushalte mit geringem Einkommen. Mieterinnen und Mieter erhalten es als Mietzuschuss, Eigentümerinnen und Eigentümer einer selbst genutzten Wohnung als Lastenzuschuss. Ob und wie viel Wohngeld Sie erhalten, hängt von der Zahl der Haushaltsmitglieder, dem Einkommen und der Höhe der Miete oder Belastung ab.</p>',
        '<p>Wer Bürgergeld, Sozialhilfe oder Grundsicherung bezieht, erhält in der Regel kein Wohngeld, weil die Wohnkosten dort bereits berücksichtigt sind.</p>',
        '<h3>So beantragen Sie Wohngeld</h3>',
        '<ul><li>Prüfen Sie vorab mit dem Wohngeldrechner des Bundes, ob sich ein Antrag für Sie lohnt.</li><li>Stellen Sie den Antrag online oder schriftlich bei der Wohngeldbehörde.</li><li>Legen Sie Nachweise bei: Mietvertrag oder Mietbescheinigung, Einkommensnachweise aller Haushaltsmitglieder und Ihre Bankverbindung.</li></ul>',
        '<p>Wohngeld wird ab dem Monat gezahlt, in dem Ihr Antrag bei uns eingeht, in der Regel für zwölf Monate. Stellen Sie den Antrag deshalb frühzeitig und den Weiterleistungsantrag etwa zwei Monate vor Ablauf des Bewilligungszeitraums.</p>',
      ),
    },
    en: {
      title: 'Applying for housing benefit',
      bodyHtml: blocks(
        '<p>Housing benefit (Wohngeld) is a subsidy towards housing costs for households with a low income. Tenants receive it as a rent subsidy, and owners who live in their own home receive it as a subsidy towards their housing charges. Whether you receive housing benefit, and how much, depends on the number of household members, your income and the amount of your rent or charges.</p>',
        '<p>People who receive citizen’s income (Bürgergeld), social assistance or basic income support usually do not receive housing benefit, because their housing costs are already covered there.</p>',
        '<h3>How to apply</h3>',
        '<ul><li>First use the federal housing benefit calculator to check whether an application is worthwhile for you.</li><li>Submit your application online or in writing to the housing benefit office.</li><li>Enclose supporting documents: your tenancy agreement or a rent certificate, proof of income for all household members and your bank details.</li></ul>',
        '<p>Housing benefit is paid from the month in which we receive your application, usually for twelve months. So apply early, and submit your application for continued payment about two months before the approval period ends.</p>',
      ),
    },
    ar: {
      title: 'طلب إعانة السكن',
      bodyHtml: blocks(
        '<p>إعانة السكن (Wohngeld) هي دعم مالي لتكاليف السكن مخصص للأسر ذات الدخل المنخفض. يحصل عليها المستأجرون كإعانة إيجار، ويحصل عليها مالكو المساكن التي يسكنونها بأنفسهم كإعانة للأعباء السكنية. ويتوقف استحقاق إعانة السكن ومقدارها على عدد أفراد الأسرة والدخل ومقدار الإيجار أو الأعباء.</p>',
        '<p>من يتلقى إعانة المواطن (Bürgergeld) أو المساعدة الاجتماعية أو الضمان الأساسي لا يحصل في العادة على إعانة السكن، لأن تكاليف السكن مشمولة بالفعل في تلك المساعدات.</p>',
        '<h3>كيف تقدّم الطلب</h3>',
        '<ul><li>تحقّق مسبقًا باستخدام حاسبة إعانة السكن الاتحادية مما إذا كان تقديم الطلب مجديًا لك.</li><li>قدّم الطلب عبر الإنترنت أو كتابيًا لدى مكتب إعانة السكن.</li><li>أرفق المستندات الثبوتية: عقد الإيجار أو شهادة الإيجار، وإثباتات دخل جميع أفراد الأسرة، وبياناتك المصرفية.</li></ul>',
        '<p>تُصرف إعانة السكن اعتبارًا من الشهر الذي يصلنا فيه طلبك، وعادةً لمدة اثني عشر شهرًا. لذلك قدّم طلبك مبكرًا، وقدّم طلب الاستمرار قبل انتهاء فترة الموافقة بنحو شهرين.</p>',
      ),
    },
    uk: {
      title: 'Подання заяви на житлову допомогу',
      bodyHtml: blocks(
        '<p>Житлова допомога (Wohngeld) — це доплата на житлові витрати для домогосподарств із низьким доходом. Орендарі отримують її як доплату до орендної плати, а власники житла, у якому вони самі мешкають, — як доплату на покриття витрат на житло. Чи отримаєте ви житлову допомогу і в якому розмірі, залежить від кількості членів домогосподарства, доходу та розміру орендної плати чи витрат.</p>',
        '<p>Ті, хто отримує громадянську допомогу (Bürgergeld), соціальну допомогу або базове соціальне забезпечення, зазвичай не отримують житлової допомоги, оскільки витрати на житло там уже враховано.</p>',
        '<h3>Як подати заяву</h3>',
        '<ul><li>Спершу перевірте за допомогою федерального калькулятора житлової допомоги, чи варто вам подавати заяву.</li><li>Подайте заяву онлайн або письмово до відомства з питань житлової допомоги.</li><li>Додайте підтвердні документи: договір оренди або довідку про орендну плату, підтвердження доходів усіх членів домогосподарства та ваші банківські реквізити.</li></ul>',
        '<p>Житлову допомогу виплачують з місяця, у якому ми отримали вашу заяву, зазвичай протягом дванадцяти місяців. Тому подавайте заяву вчасно, а заяву на продовження виплати — приблизно за два місяці до закінчення періоду призначення.</p>',
      ),
    },
  },
};
