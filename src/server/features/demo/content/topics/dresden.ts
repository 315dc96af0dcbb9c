import { blocks, type DemoTopic } from '../demo-text.ts';
import { DRESDEN, DRESDEN_BUERGERBUERO, DRESDEN_GEWERBEAMT } from './contacts.ts';

// Dresden's business registration page (federal law: § 14 GewO, § 138 AO), shared with everyone, and its resident
// parking page, shared with its alliance.

export const GEWERBE: DemoTopic = {
  slug: 'gewerbe-anmelden',
  owner: DRESDEN,
  leikaKey: '99050012104000',
  tags: ['Gewerbe', 'Wirtschaft'],
  contact: DRESDEN_GEWERBEAMT,
  sharing: { sharedWith: 'platform', licence: 'DL-DE-BY-2.0' },
  texts: {
    de: {
      title: 'Gewerbe anmelden',
      bodyHtml: blocks(
        '<p>Wer selbstständig ein Gewerbe betreibt, muss es beim Gewerbeamt anzeigen, spätestens zu Beginn der Tätigkeit. Das gilt auch für ein Nebengewerbe, für eine Zweigstelle und für die Übernahme eines bestehenden Betriebs. Freie Berufe, etwa Ärztinnen, Architekten oder Journalistinnen, melden kein Gewerbe an.</p>',
        '<h3>Was Sie brauchen</h3>',
        '<ul><li>Personalausweis oder Reisepass; Staatsangehörige von Ländern außerhalb der EU zusätzlich einen Aufenthaltstitel, der die selbstständige Tätigkeit erlaubt</li><li>bei Gesellschaften einen aktuellen Auszug aus dem Handelsregister</li><li>für erlaubnispflichtige Gewerbe die Erlaubnis, etwa für Bewachung, Immobilienvermittlung oder Versicherungsvermittlung; für zulassungspflichtige Handwerke die Eintragung in die Handwerksrolle</li></ul>',
        '<h3>Wie es weitergeht</h3>',
        '<p>Sie können die Gewerbeanzeige online stellen oder im Gewerbeamt abgeben; dafür fällt eine Gebühr an. Wir informieren das Finanzamt, die Industrie- und Handelskammer oder die Handwerkskammer und weitere Stellen. Dem Finanzamt übermitteln Sie innerhalb eines Monats nach Beginn den Fragebogen zur steuerlichen Erfassung über ELSTER.</p>',
      ),
    },
    en: {
      title: 'Registering a business',
      bodyHtml: blocks(
        '<p>Anyone who runs a trade or business on a self-employed basis must notify the trade office, at the latest when the activity begins. This also applies to a secondary business, a branch and the takeover of an existing business. Liberal professions, such as doctors, architects or journalists, do not register a trade.</p>',
        '<h3>What you need</h3>',
        '<ul><li>identity card or passport; nationals of countries outside the EU also need a residence permit that allows self-employment</li><li>for companies, a current extract from the commercial register</li><li>for trades that require a permit, the permit, for example for security services, estate agency or insurance brokerage; for licensed crafts, entry in the register of craftspeople (Handwerksrolle)</li></ul>',
        '<h3>What happens next</h3>',
        '<p>You can submit the business registration online or hand it in at the trade office; a fee is charged. We inform the tax office, the Chamber of Industry and Commerce or the Chamber of Crafts and other bodies. Within one month of starting, you send the tax office the tax registration questionnaire (Fragebogen zur steuerlichen Erfassung) via ELSTER.</p>',
      ),
    },
    ar: {
      title: 'تسجيل نشاط تجاري',
      bodyHtml: blocks(
        '<p>كل من يمارس نشاطًا تجاريًا أو حرفيًا بشكل مستقل يجب عليه إبلاغ مكتب شؤون التجارة والحرف (Gewerbeamt) بذلك، في موعد أقصاه بدء النشاط. ويسري ذلك أيضًا على النشاط التجاري الجانبي والفروع والاستحواذ على منشأة قائمة. أما أصحاب المهن الحرة، مثل الأطباء والمهندسين المعماريين والصحفيين، فلا يسجلون نشاطًا تجاريًا.</p>',
        '<h3>ما تحتاج إليه</h3>',
        '<ul><li>بطاقة الهوية الشخصية أو جواز السفر؛ ويحتاج مواطنو الدول من خارج الاتحاد الأوروبي أيضًا إلى تصريح إقامة يسمح بالعمل المستقل</li><li>للشركات: مستخرج حديث من السجل التجاري</li><li>للأنشطة التي تتطلب ترخيصًا: الترخيص، مثلًا لخدمات الحراسة أو الوساطة العقارية أو وساطة التأمين؛ وللحرف التي تتطلب إذنًا: القيد في سجل الحرفيين (Handwerksrolle)</li></ul>',
        '<h3>الخطوات التالية</h3>',
        '<p>يمكنك تقديم إشعار النشاط التجاري عبر الإنترنت أو تسليمه في مكتب شؤون التجارة والحرف، وتُستوفى مقابل ذلك رسوم. نقوم بإبلاغ مصلحة الضرائب وغرفة الصناعة والتجارة أو غرفة الحرف وجهات أخرى. وخلال شهر من بدء النشاط ترسل إلى مصلحة الضرائب استبيان التسجيل الضريبي (Fragebogen zur steuerlichen Erfassung) عبر منصة ELSTER.</p>',
      ),
    },
    uk: {
      title: 'Реєстрація підприємницької діяльності',
      bodyHtml: blocks(
        '<p>Кожен, хто самостійно провадить підприємницьку діяльність, повинен повідомити про це відомство з питань підприємництва (Gewerbeamt) не пізніше початку діяльності. Це стосується також додаткової підприємницької діяльності, філії та переймання наявного підприємства. Представники вільних професій, наприклад лікарки, архітектори чи журналістки, не реєструють підприємницьку діяльність.</p>',
        '<h3>Що вам потрібно</h3>',
        '<ul><li>посвідчення особи або паспорт; громадянам країн поза ЄС також потрібен дозвіл на проживання, що дозволяє самостійну діяльність</li><li>для товариств — актуальний витяг із торговельного реєстру</li><li>для видів діяльності, що потребують дозволу, — дозвіл, наприклад для охоронних послуг, посередництва з нерухомістю чи страхового посередництва; для ремесел, що потребують допуску, — внесення до реєстру ремісників (Handwerksrolle)</li></ul>',
        '<h3>Що далі</h3>',
        '<p>Ви можете подати повідомлення про підприємницьку діяльність онлайн або здати його у відомстві; за це стягується збір. Ми повідомляємо податкову службу, Торгово-промислову палату або Ремісничу палату та інші установи. Протягом місяця після початку діяльності ви надсилаєте до податкової служби анкету для податкового обліку (Fragebogen zur steuerlichen Erfassung) через ELSTER.</p>',
      ),
    },
  },
};

export const PARKAUSWEIS: DemoTopic = {
  slug: 'parkausweis-anwohner',
  owner: DRESDEN,
  leikaKey: '99108001001000',
  tags: ['Verkehr', 'Ordnung'],
  contact: DRESDEN_BUERGERBUERO,
  sharing: { sharedWith: 'alliances', licence: 'DL-DE-BY-2.0' },
  texts: {
    de: {
      title: 'Parkausweis für Anwohner',
      bodyHtml: blocks(
        '<p>In Bewohnerparkgebieten können Sie mit einem Bewohnerparkausweis in der Nähe Ihrer Wohnung parken, ohne Parkschein und ohne Höchstparkdauer, soweit die Beschilderung dies zulässt. Einen Anspruch auf einen freien Parkplatz gibt der Ausweis nicht.</p>',
        '<h3>Wer einen Ausweis erhält</h3>',
        '<ul><li>Sie sind im Bewohnerparkgebiet gemeldet, in der Regel mit Hauptwohnsitz.</li><li>Das Fahrzeug ist auf Sie zugelassen, oder Sie nutzen es dauerhaft, zum Beispiel als Dienst- oder Leasingfahrzeug.</li><li>Pro Person wird ein Ausweis für ein Fahrzeug ausgestellt.</li></ul>',
        '<h3>Antrag und Kosten</h3>',
        '<p>Stellen Sie den Antrag online oder im Bürgerbüro. Sie brauchen Ihren Personalausweis, die Zulassungsbescheinigung Teil I und bei einem Dienstwagen eine Bestätigung des Arbeitgebers. Der Ausweis gilt in der Regel ein Jahr; die Gebühr legt die Stadt in ihrer Gebührenordnung fest.</p>',
        '<p>Wenn Sie umziehen oder das Fahrzeug abgeben, geben Sie den Ausweis bitte zurück.</p>',
      ),
    },
    en: {
      title: 'Resident parking permit',
      bodyHtml: blocks(
        '<p>In resident parking zones, a resident parking permit lets you park near your home without a parking ticket and without a maximum parking time, as far as the signs allow. The permit does not entitle you to a free parking space.</p>',
        '<h3>Who can get a permit</h3>',
        '<ul><li>You are registered in the resident parking zone, usually with your main residence.</li><li>The vehicle is registered in your name, or you use it permanently, for example as a company or leased car.</li><li>One permit is issued per person for one vehicle.</li></ul>',
        '<h3>Application and costs</h3>',
        '<p>Apply online or at the citizens’ office. You need your identity card, the vehicle registration certificate part I and, for a company car, a confirmation from your employer. The permit is usually valid for one year; the city sets the fee in its schedule of fees.</p>',
        '<p>If you move or give up the vehicle, please return the permit.</p>',
      ),
    },
    ar: {
      title: 'تصريح وقوف السيارات للسكان',
      bodyHtml: blocks(
        '<p>في مناطق وقوف السيارات المخصصة للسكان، يتيح لك تصريح وقوف السكان ركن سيارتك بالقرب من مسكنك من دون تذكرة وقوف ومن دون حد أقصى لمدة الوقوف، طالما تسمح اللافتات بذلك. ولا يمنحك التصريح حقًا في الحصول على مكان شاغر للوقوف.</p>',
        '<h3>من يحصل على التصريح</h3>',
        '<ul><li>أن تكون مسجلًا في منطقة وقوف السكان، وعادةً بمحل سكن رئيسي.</li><li>أن تكون السيارة مسجلة باسمك، أو أن تستخدمها بشكل دائم، مثل سيارة العمل أو السيارة المستأجرة بنظام التأجير التمويلي.</li><li>يُصدر لكل شخص تصريح واحد لسيارة واحدة.</li></ul>',
        '<h3>الطلب والتكاليف</h3>',
        '<p>قدّم الطلب عبر الإنترنت أو في مكتب خدمة المواطنين. تحتاج إلى بطاقة هويتك الشخصية وشهادة تسجيل المركبة (الجزء الأول)، وفي حالة سيارة العمل إلى تأكيد من صاحب العمل. يكون التصريح صالحًا عادةً لمدة سنة واحدة، وتحدد المدينة الرسوم في لائحة الرسوم الخاصة بها.</p>',
        '<p>إذا انتقلت من مسكنك أو تخليت عن السيارة، فيُرجى إعادة التصريح.</p>',
      ),
    },
    uk: {
      title: 'Паркувальний дозвіл для мешканців',
      bodyHtml: blocks(
        '<p>У зонах паркування для мешканців паркувальний дозвіл дає змогу паркуватися поблизу вашого житла без паркувального талона й без обмеження тривалості стоянки, якщо це дозволяють дорожні знаки. Права на вільне паркувальне місце дозвіл не дає.</p>',
        '<h3>Хто може отримати дозвіл</h3>',
        '<ul><li>Ви зареєстровані в зоні паркування для мешканців, як правило, за основним місцем проживання.</li><li>Транспортний засіб зареєстровано на вас, або ви постійно ним користуєтеся, наприклад як службовим чи лізинговим автомобілем.</li><li>Одній особі видається один дозвіл на один транспортний засіб.</li></ul>',
        '<h3>Заява та вартість</h3>',
        '<p>Подайте заяву онлайн або в бюро обслуговування громадян. Вам знадобляться посвідчення особи, свідоцтво про реєстрацію транспортного засобу (частина I), а для службового автомобіля — підтвердження від роботодавця. Дозвіл зазвичай дійсний один рік; розмір збору місто встановлює у своєму положенні про збори.</p>',
        '<p>Якщо ви переїжджаєте або більше не користуєтеся транспортним засобом, будь ласка, поверніть дозвіл.</p>',
      ),
    },
  },
};
