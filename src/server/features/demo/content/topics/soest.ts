import { blocks, type DemoText, type DemoTopic } from '../demo-text.ts';
import { SOEST, SOEST_STANDESAMT, SOEST_WAHLAMT } from './contacts.ts';

// Soest's register office page (not shared), and a page on postal voting it is still writing (a draft).

export const EHESCHLIESSUNG: DemoTopic = {
  slug: 'eheschliessung-anmelden',
  owner: SOEST,
  leikaKey: null,
  tags: ['Familie', 'Standesamt'],
  contact: SOEST_STANDESAMT,
  sharing: null,
  texts: {
    de: {
      title: 'Eheschließung anmelden',
      bodyHtml: blocks(
        '<p>Wenn Sie heiraten möchten, melden Sie die Eheschließung beim Standesamt an. Zuständig ist das Standesamt am Wohnsitz eines der beiden Partner. Die Anmeldung ist bis zu sechs Monate vor der Trauung möglich. Heiraten können Sie danach bei jedem Standesamt in Deutschland.</p>',
        '<h3>Was Sie mitbringen</h3>',
        '<ul><li>gültige Personalausweise oder Reisepässe</li><li>beglaubigte Ausdrucke aus dem Geburtenregister, die Sie beim Standesamt Ihres Geburtsortes erhalten</li><li>wenn Sie schon einmal verheiratet waren: einen Nachweis über die Auflösung der letzten Ehe, zum Beispiel die Eheurkunde mit Scheidungsvermerk</li></ul>',
        '<p>Wenn Sie eine ausländische Staatsangehörigkeit haben oder im Ausland geboren sind, werden weitere Unterlagen benötigt, oft mit beglaubigter Übersetzung. Sprechen Sie uns frühzeitig an, damit wir gemeinsam klären können, was Sie brauchen.</p>',
        '<h3>Ablauf und Kosten</h3>',
        '<p>Kommen Sie zur Anmeldung möglichst gemeinsam und vereinbaren Sie vorher einen Termin. Die Gebühren richten sich nach dem Aufwand. Trauungen außerhalb der Öffnungszeiten oder an besonderen Trauorten kosten zusätzlich.</p>',
      ),
    },
    en: {
      title: 'Giving notice of marriage',
      bodyHtml: blocks(
        '<p>If you want to get married, you give notice of your marriage at the register office. The register office responsible is the one where one of the two partners lives. You can give notice up to six months before the wedding. You can then marry at any register office in Germany.</p>',
        '<h3>What to bring</h3>',
        '<ul><li>valid identity cards or passports</li><li>certified extracts from the birth register, which you can obtain from the register office of your place of birth</li><li>if you have been married before: proof that your last marriage has ended, for example the marriage certificate with a note of the divorce</li></ul>',
        '<p>If you are a foreign national or were born abroad, further documents are needed, often with a certified translation. Please contact us early so that we can clarify together what you need.</p>',
        '<h3>Procedure and costs</h3>',
        '<p>If possible, come together to give notice and book an appointment in advance. The fees depend on the work involved. Weddings outside opening hours or at special wedding venues cost extra.</p>',
      ),
    },
    ar: {
      title: 'التسجيل المسبق للزواج',
      bodyHtml: blocks(
        '<p>من يرغب في الزواج يسجّل الزواج المزمع لدى مكتب الأحوال المدنية (Standesamt). والمكتب المختص هو مكتب الأحوال المدنية في مكان سكن أحد الشريكين. يمكن التسجيل قبل موعد عقد القران بستة أشهر كحد أقصى، وبعد ذلك يمكن عقد القران لدى أي مكتب للأحوال المدنية في ألمانيا.</p>',
        '<h3>المستندات المطلوبة</h3>',
        '<ul><li>بطاقات هوية شخصية أو جوازات سفر سارية المفعول</li><li>نسخ مصدّقة من سجل المواليد، تُطلب من مكتب الأحوال المدنية في مكان الولادة</li><li>لمن سبق له الزواج: إثبات انتهاء الزواج الأخير، مثل وثيقة الزواج المتضمنة إشارة إلى الطلاق</li></ul>',
        '<p>إذا كان أحد الشريكين يحمل جنسية أجنبية أو وُلد خارج ألمانيا، فستلزم مستندات إضافية، غالبًا مع ترجمة مصدّقة. يُرجى التواصل معنا مبكرًا لنحدد معًا ما تحتاجون إليه.</p>',
        '<h3>الإجراءات والتكاليف</h3>',
        '<p>يُفضَّل أن يحضر الشريكان معًا للتسجيل، مع حجز موعد مسبقًا. تتحدد الرسوم بحسب حجم العمل. ويترتب على عقد القران خارج أوقات الدوام أو في أماكن خاصة لعقد القران رسوم إضافية.</p>',
      ),
    },
    uk: {
      title: 'Подання заяви про реєстрацію шлюбу',
      bodyHtml: blocks(
        '<p>Якщо ви хочете одружитися, подайте заяву про реєстрацію шлюбу до відділу реєстрації актів цивільного стану (Standesamt). Компетентним є відділ за місцем проживання одного з партнерів. Заяву можна подати не раніше ніж за шість місяців до церемонії. Після цього одружитися можна в будь-якому відділі реєстрації актів цивільного стану в Німеччині.</p>',
        '<h3>Що взяти з собою</h3>',
        '<ul><li>дійсні посвідчення особи або паспорти</li><li>засвідчені витяги з реєстру народжень, які видає відділ реєстрації актів цивільного стану за місцем вашого народження</li><li>якщо ви вже були одружені: підтвердження припинення останнього шлюбу, наприклад свідоцтво про шлюб із відміткою про розлучення</li></ul>',
        '<p>Якщо ви маєте іноземне громадянство або народилися за кордоном, знадобляться додаткові документи, часто із засвідченим перекладом. Зверніться до нас заздалегідь, щоб ми разом з’ясували, що вам потрібно.</p>',
        '<h3>Порядок і вартість</h3>',
        '<p>За можливості приходьте подавати заяву разом і заздалегідь запишіться на прийом. Розмір збору залежить від обсягу роботи. Церемонії поза робочим часом або в особливих місцях для одруження коштують додатково.</p>',
      ),
    },
  },
};

/** A page Soest has begun and not yet published: German only, saved as a draft. */
export const BRIEFWAHL_DRAFT: { slug: string; owner: string; tags: string[]; contact: string; de: DemoText } = {
  slug: 'briefwahl-beantragen',
  owner: SOEST,
  tags: ['Wahlen'],
  contact: SOEST_WAHLAMT,
  de: {
    title: 'Briefwahl beantragen',
    bodyHtml: blocks(
      '<p>Sie können bei jeder Wahl per Briefwahl abstimmen, ohne einen Grund anzugeben. Den Wahlschein mit den Briefwahlunterlagen beantragen Sie bei der Gemeinde, in deren Wählerverzeichnis Sie eingetragen sind.</p>',
      '<h3>So beantragen Sie die Briefwahl</h3>',
      '<ul><li>mit dem Antrag auf der Rückseite Ihrer Wahlbenachrichtigung, per Post oder persönlich im Briefwahlbüro</li><li>online über den QR-Code oder den Link auf der Wahlbenachrichtigung</li><li>per E-Mail oder formlos schriftlich mit Namen, Geburtsdatum und Anschrift; telefonisch ist der Antrag nicht möglich</li></ul>',
      '<p>Der Antrag muss bis Freitag vor der Wahl um 18 Uhr bei uns eingehen. Bei plötzlicher Erkrankung ist er noch bis zum Wahltag um 15 Uhr möglich. Schicken Sie den Wahlbrief so rechtzeitig ab, dass er spätestens am Wahltag um 18 Uhr bei uns ist; innerhalb Deutschlands ist das Porto frei.</p>',
    ),
  },
};
