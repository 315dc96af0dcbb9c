import { blocks, type DemoTopic } from '../demo-text.ts';
import { ARNSBERG, ARNSBERG_KITA, ARNSBERG_STEUERAMT } from './contacts.ts';

// Arnsberg (North Rhine-Westphalia): the daycare page it shares with everyone, and its dog tax page, which
// follows its own bylaw and the Landeshundegesetz NRW (§ 11: large dogs) and is not shared.

export const KITA: DemoTopic = {
  slug: 'kita-platz-finden',
  owner: ARNSBERG,
  leikaKey: null,
  tags: ['Familie', 'Bildung'],
  contact: ARNSBERG_KITA,
  sharing: { sharedWith: 'platform', licence: 'CC-BY-4.0' },
  texts: {
    de: {
      title: 'Kita-Platz finden',
      bodyHtml: blocks(
        '<p>Jedes Kind hat vom ersten Geburtstag bis zum Schuleintritt einen Rechtsanspruch auf Förderung in einer Kindertageseinrichtung; unter drei Jahren auch in der Kindertagespflege. Melden Sie Ihren Bedarf frühzeitig an, am besten sechs bis zwölf Monate vor dem gewünschten Beginn. Die meisten Plätze werden zum neuen Kindergartenjahr am 1. August vergeben.</p>',
        '<h3>So finden Sie einen Platz</h3>',
        '<ul><li>Informieren Sie sich über die Kitas in Ihrer Nähe und besuchen Sie sie, zum Beispiel an einem Tag der offenen Tür.</li><li>Melden Sie Ihr Kind im Online-Portal für Kita-Plätze an. Sie können mehrere Wunsch-Kitas angeben.</li><li>Die Kitas vergeben die Plätze und teilen Ihnen eine Zusage oder Absage mit.</li></ul>',
        '<h3>Kosten</h3>',
        '<p>Die Elternbeiträge richten sich nach Ihrem Einkommen und der Betreuungszeit. In Nordrhein-Westfalen sind die letzten beiden Kindergartenjahre vor der Einschulung beitragsfrei; das Mittagessen bezahlen Sie gesondert.</p>',
        '<p>Finden Sie keinen Platz, hilft Ihnen das Jugendamt weiter. Auch eine Tagesmutter oder ein Tagesvater kann eine gute Lösung sein.</p>',
      ),
    },
    en: {
      title: 'Finding a daycare place',
      bodyHtml: blocks(
        '<p>From their first birthday until they start school, every child has a legal right to early education in a daycare centre; children under three may also be looked after by a childminder. Register your need early, ideally six to twelve months before you would like care to start. Most places are allocated for the new kindergarten year starting on 1 August.</p>',
        '<h3>How to find a place</h3>',
        '<ul><li>Find out about the daycare centres near you and visit them, for example on an open day.</li><li>Register your child on the online portal for daycare places. You can name several preferred centres.</li><li>The centres allocate the places and let you know whether your child has been offered one.</li></ul>',
        '<h3>Costs</h3>',
        '<p>Parental contributions depend on your income and the hours of care. In North Rhine-Westphalia, the last two kindergarten years before school are free of charge; you pay for lunch separately.</p>',
        '<p>If you cannot find a place, the youth welfare office will help you. A childminder can also be a good solution.</p>',
      ),
    },
    ar: {
      title: 'إيجاد مكان في روضة الأطفال',
      bodyHtml: blocks(
        '<p>لكل طفل، من عيد ميلاده الأول حتى دخوله المدرسة، حق قانوني في الرعاية التربوية في دار لرعاية الأطفال، ويمكن للأطفال دون الثالثة أيضًا الحصول على الرعاية لدى مربية أطفال نهارية. سجّل حاجتك مبكرًا، ويفضَّل أن يكون ذلك قبل موعد البدء المرغوب بستة إلى اثني عشر شهرًا. تُوزَّع معظم الأماكن للعام الجديد في رياض الأطفال الذي يبدأ في 1 أغسطس.</p>',
        '<h3>كيف تجد مكانًا</h3>',
        '<ul><li>تعرّف على دور رعاية الأطفال القريبة منك وقم بزيارتها، مثلًا في يوم الأبواب المفتوحة.</li><li>سجّل طفلك عبر البوابة الإلكترونية لأماكن رياض الأطفال. يمكنك ذكر عدة دور ترغب فيها.</li><li>تقوم دور رعاية الأطفال بتوزيع الأماكن وتبلغك بالقبول أو الرفض.</li></ul>',
        '<h3>التكاليف</h3>',
        '<p>تتحدد مساهمات الوالدين بحسب دخلك وساعات الرعاية. في ولاية شمال الراين-وستفاليا تكون السنتان الأخيرتان في الروضة قبل دخول المدرسة مجانيتين، أما وجبة الغداء فتدفع ثمنها بشكل منفصل.</p>',
        '<p>إذا لم تجد مكانًا، فسيساعدك مكتب رعاية الشباب (Jugendamt). كما يمكن أن تكون مربية الأطفال النهارية حلًا جيدًا.</p>',
      ),
    },
    uk: {
      title: 'Пошук місця в дитсадку',
      bodyHtml: blocks(
        '<p>Кожна дитина від першого дня народження до вступу до школи має законне право на виховання в закладі денного догляду за дітьми; діти до трьох років можуть також перебувати під опікою денної няні. Повідомте про потребу в місці завчасно, найкраще за шість–дванадцять місяців до бажаного початку. Більшість місць розподіляють на новий рік у дитсадку, який починається 1 серпня.</p>',
        '<h3>Як знайти місце</h3>',
        '<ul><li>Дізнайтеся про дитсадки поблизу та відвідайте їх, наприклад у день відкритих дверей.</li><li>Зареєструйте дитину на онлайн-порталі місць у дитсадках. Ви можете вказати кілька бажаних дитсадків.</li><li>Дитсадки розподіляють місця й повідомляють вам про згоду чи відмову.</li></ul>',
        '<h3>Вартість</h3>',
        '<p>Батьківські внески залежать від вашого доходу та тривалості догляду. У землі Північний Рейн – Вестфалія останні два роки в дитсадку перед школою безкоштовні; обід ви оплачуєте окремо.</p>',
        '<p>Якщо ви не знайшли місця, вам допоможе відомство у справах молоді (Jugendamt). Гарним рішенням може бути й денна няня.</p>',
      ),
    },
  },
};

export const HUND: DemoTopic = {
  slug: 'hund-anmelden',
  owner: ARNSBERG,
  leikaKey: '99102013104000',
  tags: ['Steuern', 'Ordnung'],
  contact: ARNSBERG_STEUERAMT,
  sharing: null,
  texts: {
    de: {
      title: 'Hund anmelden (Hundesteuer)',
      bodyHtml: blocks(
        '<p>Wenn Sie einen Hund halten, müssen Sie ihn bei der Stadt zur Hundesteuer anmelden. Das gilt auch, wenn Sie mit Ihrem Hund zuziehen. Die Anmeldung muss innerhalb von zwei Wochen erfolgen, nachdem Sie den Hund aufgenommen haben oder zugezogen sind.</p>',
        '<h3>So geht es</h3>',
        '<ul><li>Füllen Sie das Anmeldeformular online oder im Bürgerbüro aus.</li><li>Sie erhalten einen Steuerbescheid und eine Hundesteuermarke. Ihr Hund muss die Marke außerhalb Ihrer Wohnung und Ihres Grundstücks sichtbar tragen.</li><li>Geben Sie den Hund ab, ziehen Sie weg oder ist der Hund gestorben, melden Sie ihn bitte ebenfalls innerhalb von zwei Wochen ab.</li></ul>',
        '<h3>Steuer und Pflichten</h3>',
        '<p>Die Höhe der Steuer legt die Hundesteuersatzung der Stadt fest; für gefährliche Hunde gilt ein höherer Steuersatz. Für große Hunde mit mindestens 40 Zentimetern Schulterhöhe oder 20 Kilogramm Gewicht verlangt das Landeshundegesetz Nordrhein-Westfalen außerdem eine Haftpflichtversicherung, einen Sachkundenachweis und einen Mikrochip. Die Haltung eines großen Hundes zeigen Sie dem Ordnungsamt an.</p>',
      ),
    },
    en: {
      title: 'Registering a dog (dog tax)',
      bodyHtml: blocks(
        '<p>If you keep a dog, you must register it with the city for dog tax. This also applies if you move here with your dog. You must register within two weeks of taking in the dog or moving here.</p>',
        '<h3>How it works</h3>',
        '<ul><li>Fill in the registration form online or at the citizens’ office.</li><li>You will receive a tax assessment and a dog tax tag. Your dog must wear the tag visibly outside your home and property.</li><li>If you give the dog away, move away or the dog dies, please deregister it within two weeks as well.</li></ul>',
        '<h3>Tax and obligations</h3>',
        '<p>The amount of tax is set by the city’s dog tax bylaw; a higher rate applies to dangerous dogs. For large dogs with a shoulder height of at least 40 centimetres or a weight of at least 20 kilograms, the Dog Act of North Rhine-Westphalia also requires liability insurance, proof of expertise and a microchip. You must notify the public order office that you keep a large dog.</p>',
      ),
    },
    ar: {
      title: 'تسجيل الكلب (ضريبة الكلاب)',
      bodyHtml: blocks(
        '<p>إذا كنت تربي كلبًا، فيجب عليك تسجيله لدى المدينة لغرض ضريبة الكلاب. ويسري ذلك أيضًا إذا انتقلت للسكن هنا مع كلبك. يجب أن يتم التسجيل خلال أسبوعين من اقتناء الكلب أو من انتقالك إلى المدينة.</p>',
        '<h3>كيف يتم ذلك</h3>',
        '<ul><li>املأ استمارة التسجيل عبر الإنترنت أو في مكتب خدمة المواطنين.</li><li>ستتلقى إشعارًا ضريبيًا وشارة ضريبة الكلاب. يجب أن يحمل كلبك الشارة بشكل ظاهر خارج مسكنك وعقارك.</li><li>إذا تخليت عن الكلب أو انتقلت من المدينة أو نفق الكلب، فيُرجى إلغاء تسجيله أيضًا خلال أسبوعين.</li></ul>',
        '<h3>الضريبة والواجبات</h3>',
        '<p>يحدد نظام ضريبة الكلاب الصادر عن المدينة مقدار الضريبة، وتُطبَّق نسبة أعلى على الكلاب الخطرة. وبالنسبة إلى الكلاب الكبيرة التي يبلغ ارتفاعها عند الكتف 40 سنتيمترًا على الأقل أو وزنها 20 كيلوغرامًا على الأقل، يشترط قانون الكلاب في ولاية شمال الراين-وستفاليا أيضًا تأمينًا ضد المسؤولية المدنية وإثباتًا للخبرة في تربية الكلاب وشريحة إلكترونية. ويجب إبلاغ مكتب النظام العام باقتناء كلب كبير.</p>',
      ),
    },
    uk: {
      title: 'Реєстрація собаки (податок на собак)',
      bodyHtml: blocks(
        '<p>Якщо ви тримаєте собаку, ви повинні зареєструвати її в міській адміністрації для сплати податку на собак. Це стосується й тих, хто переїжджає сюди разом із собакою. Зареєструвати собаку потрібно протягом двох тижнів після того, як ви її взяли або переїхали.</p>',
        '<h3>Як це зробити</h3>',
        '<ul><li>Заповніть реєстраційну форму онлайн або в бюро обслуговування громадян.</li><li>Ви отримаєте податкове повідомлення та жетон податку на собак. Поза вашим житлом і ділянкою собака має носити жетон на видноті.</li><li>Якщо ви віддали собаку, виїжджаєте або собака померла, будь ласка, також зніміть її з реєстрації протягом двох тижнів.</li></ul>',
        '<h3>Податок і обов’язки</h3>',
        '<p>Розмір податку визначає міський статут про податок на собак; для небезпечних собак діє вища ставка. Для великих собак із висотою в холці щонайменше 40 сантиметрів або вагою щонайменше 20 кілограмів закон про собак землі Північний Рейн – Вестфалія додатково вимагає страхування цивільної відповідальності, підтвердження знань щодо утримання собак і мікрочип. Про утримання великої собаки потрібно повідомити відомство громадського порядку.</p>',
      ),
    },
  },
};
