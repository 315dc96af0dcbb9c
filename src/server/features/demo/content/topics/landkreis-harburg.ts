import { blocks, type DemoTopic } from '../demo-text.ts';
import { HARBURG_ABFALL, LANDKREIS_HARBURG } from './contacts.ts';

// The Landkreis collects the waste for its Gemeinden; it shares its pages with the alliance it founded.

export const MUELLABFUHR: DemoTopic = {
  slug: 'muellabfuhr-abfallkalender',
  owner: LANDKREIS_HARBURG,
  leikaKey: null,
  tags: ['Abfall', 'Umwelt'],
  contact: HARBURG_ABFALL,
  sharing: { sharedWith: 'alliances', licence: 'DL-DE-BY-2.0' },
  texts: {
    de: {
      title: 'Müllabfuhr und Abfallkalender',
      bodyHtml: blocks(
        '<p>Die Abfallwirtschaft des Landkreises holt Restmüll, Bioabfall und Altpapier an Ihrem Grundstück ab. Wann welche Tonne geleert wird, steht im Abfallkalender für Ihre Straße. Sie finden ihn auf unserer Internetseite und in der Abfall-App, die Sie auf Wunsch am Vorabend an die Abfuhr erinnert.</p>',
        '<h3>So klappt die Abfuhr</h3>',
        '<ul><li>Stellen Sie die Tonne am Abfuhrtag bis 6 Uhr an den Straßenrand, mit dem Griff zur Straße.</li><li>Der Deckel muss geschlossen sein. Abfall neben der Tonne nehmen wir nicht mit.</li><li>Nach Feiertagen verschiebt sich die Abfuhr meist um einen Tag. Die geänderten Termine stehen im Abfallkalender.</li></ul>',
        '<h3>Was gehört wohin?</h3>',
        '<p>In die Biotonne gehören Küchen- und Gartenabfälle, aber keine Plastiktüten. Verpackungen aus Kunststoff und Metall kommen in den Gelben Sack. Glas bringen Sie zum Glascontainer, Elektrogeräte und Schadstoffe zum Recyclinghof.</p>',
        '<p>Wurde Ihre Tonne nicht geleert oder ist sie beschädigt? Melden Sie sich bitte bis zum nächsten Werktag bei uns.</p>',
      ),
    },
    en: {
      title: 'Waste collection and waste calendar',
      bodyHtml: blocks(
        '<p>The district’s waste management service collects residual waste, organic waste and waste paper from your property. The waste calendar for your street shows when each bin is emptied. You can find it on our website and in the waste app, which can remind you of the collection the evening before if you wish.</p>',
        '<h3>How collection works</h3>',
        '<ul><li>Put the bin out at the roadside by 6 a.m. on collection day, with the handle facing the street.</li><li>The lid must be closed. We do not take waste left next to the bin.</li><li>After public holidays, collection is usually postponed by one day. The changed dates are shown in the waste calendar.</li></ul>',
        '<h3>What goes where?</h3>',
        '<p>Kitchen and garden waste goes in the organic waste bin, but no plastic bags. Plastic and metal packaging goes in the yellow bag. Take glass to the bottle bank, and electrical appliances and hazardous waste to the recycling centre.</p>',
        '<p>Was your bin not emptied, or is it damaged? Please let us know by the next working day.</p>',
      ),
    },
    ar: {
      title: 'جمع النفايات وتقويم النفايات',
      bodyHtml: blocks(
        '<p>تتولى إدارة النفايات في المقاطعة جمع النفايات المتبقية والنفايات العضوية والورق المستعمل من أمام عقارك. يبيّن تقويم النفايات الخاص بشارعك موعد تفريغ كل حاوية. تجده على موقعنا الإلكتروني وفي تطبيق النفايات، الذي يمكنه تذكيرك بموعد الجمع مساء اليوم السابق إذا رغبت في ذلك.</p>',
        '<h3>كيف يتم الجمع بسلاسة</h3>',
        '<ul><li>ضع الحاوية على حافة الطريق في يوم الجمع قبل الساعة السادسة صباحًا، على أن يكون المقبض باتجاه الشارع.</li><li>يجب أن يكون الغطاء مغلقًا. لا نأخذ النفايات الموضوعة بجانب الحاوية.</li><li>بعد العطلات الرسمية يتأخر الجمع عادةً يومًا واحدًا. تجد المواعيد المعدّلة في تقويم النفايات.</li></ul>',
        '<h3>ما الذي يوضع وأين؟</h3>',
        '<p>توضع بقايا المطبخ ونفايات الحديقة في حاوية النفايات العضوية، ولكن من دون أكياس بلاستيكية. وتوضع العبوات البلاستيكية والمعدنية في الكيس الأصفر. أما الزجاج فتأخذه إلى حاوية الزجاج، والأجهزة الكهربائية والمواد الضارة إلى مركز إعادة التدوير.</p>',
        '<p>إذا لم تُفرَّغ حاويتك أو كانت تالفة، يُرجى إبلاغنا بذلك حتى يوم العمل التالي.</p>',
      ),
    },
    uk: {
      title: 'Вивезення сміття та календар вивезення',
      bodyHtml: blocks(
        '<p>Служба поводження з відходами району вивозить залишкові відходи, біовідходи та макулатуру від вашої ділянки. Коли спорожнюють кожен контейнер, зазначено в календарі вивезення для вашої вулиці. Ви знайдете його на нашому вебсайті та в застосунку, який за бажанням нагадає вам про вивезення напередодні ввечері.</p>',
        '<h3>Як усе влаштовано</h3>',
        '<ul><li>Виставте контейнер на узбіччя в день вивезення до 6 години ранку, ручкою до вулиці.</li><li>Кришка має бути закрита. Сміття біля контейнера ми не забираємо.</li><li>Після святкових днів вивезення зазвичай переноситься на один день. Змінені дати зазначені в календарі вивезення.</li></ul>',
        '<h3>Що куди викидати?</h3>',
        '<p>Кухонні та садові відходи викидайте в контейнер для біовідходів, але без пластикових пакетів. Пластикову та металеву упаковку кладіть у жовтий мішок. Скло відносьте до контейнера для скла, а електроприлади та небезпечні відходи — до пункту переробки.</p>',
        '<p>Ваш контейнер не спорожнили або він пошкоджений? Будь ласка, повідомте нас до наступного робочого дня.</p>',
      ),
    },
  },
};

export const SPERRMUELL: DemoTopic = {
  slug: 'sperrmuell-anmelden',
  owner: LANDKREIS_HARBURG,
  leikaKey: null,
  tags: ['Abfall'],
  contact: HARBURG_ABFALL,
  sharing: { sharedWith: 'alliances', licence: 'DL-DE-BY-2.0' },
  texts: {
    de: {
      title: 'Sperrmüll anmelden',
      bodyHtml: blocks(
        '<p>Sperrmüll sind Gegenstände aus dem Haushalt, die auch zerkleinert nicht in die Restmülltonne passen, zum Beispiel Möbel, Matratzen, Teppiche oder Fahrräder. Wir holen ihn nach Anmeldung bei Ihnen ab.</p>',
        '<h3>So melden Sie Sperrmüll an</h3>',
        '<ul><li>Melden Sie die Abholung online, telefonisch oder mit der Sperrmüllkarte aus dem Abfallkalender an.</li><li>Geben Sie an, welche Gegenstände Sie bereitstellen. Sie erhalten dann einen Abholtermin.</li><li>Stellen Sie den Sperrmüll am Abholtag bis 6 Uhr gut sichtbar an den Straßenrand, ohne Gehweg oder Fahrbahn zu versperren.</li></ul>',
        '<h3>Was nicht zum Sperrmüll gehört</h3>',
        '<p>Elektrogeräte wie Kühlschränke, Waschmaschinen oder Fernseher, Bauschutt, Autoreifen, Farben und andere Schadstoffe nehmen wir mit dem Sperrmüll nicht mit. Große Elektrogeräte holen wir nach gesonderter Anmeldung ab; kleinere Geräte und Schadstoffe geben Sie am Recyclinghof ab.</p>',
        '<p>Gut erhaltene Möbel können Sie auch weitergeben, zum Beispiel an ein Sozialkaufhaus oder über eine Verschenkbörse.</p>',
      ),
    },
    en: {
      title: 'Booking a bulky waste collection',
      bodyHtml: blocks(
        '<p>Bulky waste means household items that do not fit into the residual waste bin even when broken down, such as furniture, mattresses, carpets or bicycles. We collect it from you once you have booked a collection.</p>',
        '<h3>How to book</h3>',
        '<ul><li>Book the collection online, by phone or with the bulky waste card in the waste calendar.</li><li>Tell us which items you will put out. You will then receive a collection date.</li><li>On the collection day, put the bulky waste out at the roadside by 6 a.m., clearly visible and without blocking the pavement or the road.</li></ul>',
        '<h3>What is not bulky waste</h3>',
        '<p>We do not take electrical appliances such as fridges, washing machines or televisions, building rubble, car tyres, paint or other hazardous substances with the bulky waste. We collect large electrical appliances if you book a separate collection; take smaller appliances and hazardous waste to the recycling centre.</p>',
        '<p>You can also pass on furniture in good condition, for example to a social department store or through a give-away exchange.</p>',
      ),
    },
    ar: {
      title: 'طلب جمع النفايات الضخمة',
      bodyHtml: blocks(
        '<p>النفايات الضخمة هي أغراض منزلية لا تتسع لها حاوية النفايات المتبقية حتى بعد تفكيكها، مثل الأثاث والمراتب والسجاد والدراجات الهوائية. نأتي لجمعها من عندك بعد أن تسجّل طلبًا بذلك.</p>',
        '<h3>كيف تسجّل الطلب</h3>',
        '<ul><li>سجّل طلب الجمع عبر الإنترنت أو بالهاتف أو باستخدام بطاقة النفايات الضخمة الموجودة في تقويم النفايات.</li><li>اذكر الأغراض التي ستضعها للجمع، وستحصل بعد ذلك على موعد للجمع.</li><li>في يوم الجمع ضع النفايات الضخمة على حافة الطريق قبل الساعة السادسة صباحًا، بحيث تكون ظاهرة بوضوح ولا تسد الرصيف أو الطريق.</li></ul>',
        '<h3>ما لا يُعدّ من النفايات الضخمة</h3>',
        '<p>لا نأخذ مع النفايات الضخمة الأجهزة الكهربائية مثل الثلاجات والغسالات وأجهزة التلفاز، ولا أنقاض البناء أو إطارات السيارات أو الدهانات وغيرها من المواد الضارة. نجمع الأجهزة الكهربائية الكبيرة بعد تسجيل طلب منفصل، أما الأجهزة الأصغر والمواد الضارة فتسلّمها في مركز إعادة التدوير.</p>',
        '<p>يمكنك أيضًا إعطاء الأثاث الذي لا يزال في حالة جيدة لغيرك، مثلًا لمتجر اجتماعي أو عبر منصة لتبادل الأغراض مجانًا.</p>',
      ),
    },
    uk: {
      title: 'Замовлення вивезення великогабаритних відходів',
      bodyHtml: blocks(
        '<p>Великогабаритні відходи — це речі з домогосподарства, які навіть у розібраному вигляді не поміщаються в контейнер для залишкових відходів, наприклад меблі, матраци, килими або велосипеди. Ми забираємо їх у вас після попереднього замовлення.</p>',
        '<h3>Як замовити вивезення</h3>',
        '<ul><li>Замовте вивезення онлайн, телефоном або за допомогою картки для великогабаритних відходів із календаря вивезення.</li><li>Вкажіть, які речі ви виставите. Після цього ви отримаєте дату вивезення.</li><li>У день вивезення до 6 години ранку виставте великогабаритні відходи на узбіччя так, щоб їх було добре видно і вони не перегороджували тротуар чи проїжджу частину.</li></ul>',
        '<h3>Що не належить до великогабаритних відходів</h3>',
        '<p>Разом із великогабаритними відходами ми не забираємо електроприлади, як-от холодильники, пральні машини чи телевізори, а також будівельне сміття, автомобільні шини, фарби та інші небезпечні речовини. Великі електроприлади ми вивозимо за окремим замовленням; менші прилади та небезпечні відходи здавайте на пункт переробки.</p>',
        '<p>Меблі в доброму стані ви також можете передати іншим, наприклад до соціального магазину або через біржу безкоштовних речей.</p>',
      ),
    },
  },
};
