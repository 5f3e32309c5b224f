article-kz-asylum =
    .title = Boshpana soʻrash: 1–5 kun ichida ariza bering
    .summary = Agar oʻz mamlakatingizda taʼqibdan qoʻrqsangiz, Qozogʻistondan qochqin maqomini soʻrashingiz mumkin. Agar chegarani qoidalarga zid kesib oʻtgan boʻlsangiz, 1 kun ichida, aks holda kelganingizdan keyin 5 kalendar kun ichida yozma ariza bering. Sizga boshpana izlovchi guvohnomasi beriladi.
    .keywords = boshpana, siyosiy boshpana, ubejishe, bejenets, qochqin, qochqin maqomi, taʼqib, qaytishdan qoʻrqish, qaytarib yubormaslik, barmoq izi, rad javobi, статус беженца, ищущий убежище, qaytsam qamashadi, qaytsam oʻldirishadi, отдел занятости, siyosiy taʼqib
    .unverified = Tasdiqlanmagan: bugun har bir viloyatda arizalarni qaysi idora qabul qiladi (2022-yilda bu vazifa migratsiya politsiyasidan mahalliy bandlik boʻlimlariga oʻtgan); rad javobi ustidan shikoyat qilish muddati va qaysi sud; arizasi koʻrib chiqilayotgan odamni qaytarib yuborishni Qozogʻiston qonunining qaysi moddasi taqiqlaydi; muddatdan keyin ariza bersangiz nima boʻladi.
    .body =
        ## Qochqin kim
        Qochqin oʻz mamlakatidan tashqarida boʻlgan va irqi, millati, dini, fuqaroligi, ijtimoiy guruhi yoki siyosiy qarashlari uchun taʼqib qilinishidan asosli qoʻrquv tufayli u yerga qayta olmaydigan yoki qaytishni istamaydigan odam («Qochqinlar toʻgʻrisida»gi 2009-yil 4-dekabrdagi № 216-IV Qonun, 1-modda).

        ## Tez ariza bering: muddatlar
        - **1 kun**: agar chegarani qoidalarga zid kesib oʻtgan boʻlsangiz, bir kun ichida ariza bering (UNHCR).
        - Rasmiy chegara oʻtish joyida Chegara xizmatiga yozma ariza bering (UNHCR).
        - **5 kalendar kun**: boshqa hollarda kelganingizdan yoki xavf haqida bilgan kuningizdan boshlab 5 kun ichida ariza bering (gov.kz).

        Arizani **yozma** ravishda, shaxsan yoki vakil orqali, viloyatingiz yoki shahringizdagi bandlik va ijtimoiy dasturlar boʻlimiga bering. 2022-yilgacha buni migratsiya politsiyasi qilgan.

        Ariza qozoq yoki rus tilida boʻladi. Agar uni yoza olmasangiz, tarjimon sizning soʻzlaringizdan yozadi (xabar qilinishicha, 2022-yilgi qoidalar).

        ## Sizga nima beriladi
        - Arizangiz roʻyxatga olingan kuni: **boshpana izlovchi guvohnomasi**. U ishingiz koʻrib chiqilayotganda qonuniy turganingizni koʻrsatadi. U **3 oy** amal qiladi; ish uzoqroq choʻzilsa, yangisini olasiz.
        - Uni olgan kundan boshlab **3 kalendar kun** ichida barmoq izlaringizni topshirishingiz shart.
        - Suhbatda haqiqatni ayting va barcha hujjatlaringizni olib keling.

        ## Qancha vaqt ketadi
        Qaror roʻyxatga olingan kundan boshlab **3 oy** ichida chiqarilishi kerak. Qoʻshimcha tekshiruvlar kerak boʻlsa, **1 yilgacha** choʻzilishi mumkin («Qochqinlar toʻgʻrisida»gi Qonun, 11-modda).

        ## Qaytarib yuborilishdan himoya
        Qozogʻiston Qochqinlar maqomi toʻgʻrisidagi konvensiyaga qoʻshilgan. UNHCRning aytishicha, qochqinni **yoki boshpana izlovchini** hayoti yoki erkinligi xavf ostida boʻlgan mamlakatga qaytarib yuborish mumkin emas va bu qoida ekstraditsiya (topshirish) shartnomalaridan ustun turadi. UNHCR Qozogʻistonni bir boshpana izlovchini qaytarib yuborgani uchun tanqid qilgan.

        ## Agar rad javobi berilsa
        Boshpana ishlarini sudlar koʻradi. Rad javobi ustidan shikoyat qilish muddati tasdiqlanmagan va u qisqa boʻlishi mumkin: darhol harakat qiling. Qochqin maqomini kam odam oladi: 2024-yilda 383 ta ariza berilgan va 11 kishi maqom olgan (Mehnat vazirligi, KIBHR xabariga koʻra). Yuridik yordamni erta oling.

        ## UNHCR va yordam
        BMTning qochqinlar bilan ishlaydigan agentligi UNHCR tartibni [help.unhcr.org](https://help.unhcr.org/centralasia/kazakhstan-2/information-for-asylum-seekers-and-refugees-in-kazakhstan) saytida tushuntiradi. Yana qarang [qochqinlar va UNHCR](article:intl-refugees). Agar sizda hech bir davlatning fuqaroligi boʻlmasa, Sana Sezimdan yuridik yordam soʻrang.

        ## Endi nima qilish kerak
        1. Kutmang. Arizangizni bugun yozing.
        2. Kerak boʻlsa, tarjimon soʻrang.
        3. Guvohnomani oʻzingiz bilan olib yuring. Rasmini ilovadagi seyfga saqlang va tugash sanasini yozib qoʻying.
        4. Barmoq izlaringizni 3 kun ichida topshiring.
        5. UNHCR yoki KIBHRga murojaat qiling: qarang [yuridik yordam](article:kz-legal-aid).
        6. Agar rad javobi berilsa, qarorni yozma ravishda soʻrang va darhol shikoyat qiling.
