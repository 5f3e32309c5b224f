article-kz-unpaid-wages =
    .title = Ish haqi toʻlanmasa, shartnoma boʻlmasa, pasport olib qoʻyilsa: ishdagi huquqlaringiz
    .summary = Ish beruvchingiz sizga kamida oyda bir marta, keyingi oyning 10-kunigacha ish haqi toʻlashi shart. Mehnat inspeksiyasiga shikoyat qilishingiz mumkin. Agar ishdan boʻshatilgan boʻlsangiz, 1 oy ichida harakat qiling. Toʻlanmagan ish haqi boʻyicha talab 1 yil ichida qoʻyilishi shart.
    .keywords = oylik, ish haqi, oylik bermayapti, zarplata, zarplata bermayapti, xoʻjayin pul bermayapti, xoʻjayin aldadi, ishdan haydashdi, dogovorsiz ishlash, mehnat inspeksiyasi, trudovaya inspeksiya, pererabotka, qoʻshimcha ish, majburiy mehnat, odam savdosi, зарплату не платят, oylik kechikyapti, brigadir pul bermadi, qullikda ishlash, задержка зарплаты
    .unverified = Tasdiqlanmagan: Mehnat kodeksi har bir chet ellik ishchiga tegishlimi (bir yuridik firma u mehnat shartnomasi boʻyicha ishlaydigan chet elliklarga tegishli deydi); mehnat inspeksiyasiga qanday onlayn shikoyat qilish mumkin va u qanchalik tez javob berishi shart; ish beruvchiga pasportingizni olib qolishni biror qoida aniq taqiqlaydimi (bunga ruxsat beradigan qoidani topmadik); amaldagi ruxsatnomasi boʻlmagan ishchi xavfsiz shikoyat qila oladimi. Mehnat inspeksiyalarining telefon raqamlari tasdiqlanmagan.
    .body =
        ## Muddatlar, eng qisqasidan boshlab
        - **Ishdan boʻshatilgan boʻlsangiz va ishingizga qaytmoqchi boʻlsangiz:** kelishuv komissiyasiga **1 oy**. Muddat ish beruvchining shartnomangizni bekor qilish haqidagi buyrugʻi nusxasini olgan (yoki u sizga buyurtma xat bilan yuborilgan) kundan boshlanadi. Keyin komissiya qarorini olgan kundan boshlab sudga 2 oy. Agar toʻgʻridan-toʻgʻri sudga murojaat qilish mumkin boʻlsa: buyruqni olgan kundan boshlab 3 oy (Mehnat kodeksi, 160-modda).
        - **Toʻlanmagan ish haqi, qoʻshimcha ish va boshqa nizolar:** huquqbuzarlik haqida bilgan yoki bilishingiz kerak boʻlgan kundan boshlab **1 yil** (Mehnat kodeksi, 160-modda).

        ## Qonun nima deydi
        - Mehnat shartnomasi (трудовой договор) yozma tuziladi, kamida ikki nusxada, va **bir nusxasi sizniki** (33-modda).
        - Ish beruvchining aybi bilan shartnoma yoʻqmi? Ish beruvchi javobgar boʻladi, ishingiz esa **ishlagan birinchi kuningizdan** boshlab hisoblanadi (33-modda).
        - Ish haqi tengeda, **kamida oyda bir marta**, keyingi oyning birinchi 10 kunidan kechiktirmay toʻlanadi. Kechiktirilgan ish haqi uchun ish beruvchi har bir kun uchun foiz ham toʻlashi shart (113-modda).
        - Qoʻshimcha ish uchun sizning **yozma roziligingiz** kerak: kuniga koʻpi bilan 2 soat, oyiga 12 soat, yiliga 120 soat (77–78-moddalar). U stavkangizdan kamida **1,5 baravar** koʻp toʻlanadi (108-modda).
        - Ish haqini toʻlamagan ish beruvchiga jarima solinishi mumkin (KoAP, 87-modda).

        ## Qayerga shikoyat qilish kerak
        1. **Mehnat inspeksiyasi:** viloyatingizdagi Davlat mehnat inspeksiyasi qoʻmitasining boʻlimi. U ish beruvchini tekshirishi va toʻlashni buyurishi mumkin. Unga yozishingiz yoki e-Otinish yoxud egov.kz saytidagi murojaatlar boʻlimidan foydalanishingiz mumkin.
        2. Ish joyidagi **kelishuv komissiyasi**. Mikrokorxonalarda, kichik notijorat tashkilotlarda va uy ishchilarini yollagan ish beruvchilarda bunday komissiya yoʻq: unda sudga boring.
        3. **Sud.** Agar sizda hech qanday qogʻoz boʻlmasa, sud siz ishlaganmisiz yoki yoʻqmi, hal qilishi mumkin.

        ## Pasport olib qoʻyilgan yoki ketishga qoʻyishmayapti
        Xabarlarga koʻra, ish beruvchilar mehnat muhojirlarining pasportlarini koʻpincha olib qoʻyadi. Majburiy mehnat taqiqlangan (7-modda). Odam savdosiga qarshi qonun odamdan tahdid, aldov yoki qaramlik orqali foydalanishni ham qamraydi. AQSh hukumatining bir hisobotida aytilishicha, chet ellik jabrlanuvchilar ishlash huquqi bilan vaqtincha yashash huquqini olishi mumkin. Qarang [kimdir pasportingizni olib qolsa](article:kz-passport-confiscation).

        > [!WARNING]
        > Agar sizga tahdid qilishsa, qamab qoʻyishsa yoki umuman pul toʻlashmasa, bu majburiy mehnat boʻlishi mumkin. Politsiyaga yoki konsulligingizga boring va [yuridik yordam](article:kz-legal-aid) soʻrang.

        ## Endi nima qilish kerak
        1. Yozib qoʻying: ish beruvchining nomi va manzili, ishlagan kunlaringiz, soatlaringiz va vaʼda qilingan ish haqi.
        2. Dalillarni saqlang: rasmlar, xabarlar, ish haqi varaqalari, guvohlarning ismlari. Ularni ilovadagi seyfga saqlang.
        3. Ish beruvchingizdan shartnoma nusxangizni va ish haqingizni yozma ravishda soʻrang. Nusxasini saqlang.
        4. Mehnat inspeksiyasiga shikoyat qiling. Talonni yoki roʻyxatga olish raqamini saqlang: qarang [yozma murojaat topshirish](article:kz-written-appeal).
        5. Muddatlarni belgilab qoʻying, eng qisqasidan boshlab: ishdan boʻshatilgandan keyin 1 oy, ish haqi uchun 1 yil.
        6. Agar turish hujjatlaringiz tartibda boʻlmasa, shikoyat qilishdan oldin yuridik yordam soʻrang.
