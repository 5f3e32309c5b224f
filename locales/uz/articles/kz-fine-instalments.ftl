article-kz-fine-instalments =
    .title = Jarimani darhol toʻlay olmaysizmi? Kechiktirish yoki boʻlib toʻlash
    .summary = Jarimani 1 oygacha kechiktirishni yoki 3 oygacha boʻlib toʻlashni soʻrashingiz mumkin (KoAP, 888-modda).
    .keywords = boʻlib toʻlash, kechiktirish, rassrochka, otsrochka, shtrafni boʻlib toʻlash, qismlab toʻlash, shtraf toʻlay olmayman, pulim yoʻq, muhlat, qoʻshimcha vaqt, shtraf, oyma-oy toʻlash, kam-kamdan toʻlash, pulim yetmaydi, shtrafni keyin toʻlash, ходатайство об отсрочке, toʻlovni keyinga surish
    .unverified = 30 kun (KoAP 893-moddasi 1-qismi) haqida politsiya va advokatlar xabar bergan, biz uni rasmiy matnda oʻqimaganmiz. Tasdiqlanmagan: qaror qaysi kuni kuchga kirishi; jarimaning yarmini toʻlash uchun 7 kun kalendar kunmi yoki ish kunimi (egov.kz ish kuni deydi, politsiya toʻliq sutka deydi: kalendar kunlarni sanang, bu ertaroq sana); turish va roʻyxatdan oʻtish bilan bogʻliq huquqbuzarliklar uchun yarmini toʻlash mumkinmi.
    .body =
        ## Qonun nima deydi
        Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning (KoAP, ruscha: КоАП) 888-moddasi quyidagilarga ruxsat beradi:

        - **1 oygacha** **kechiktirish** (отсрочка) yoki
        - **3 oygacha** **boʻlib toʻlash** (рассрочка).

        ## Muddatlar
        - Baʼzi hollarda jarimaning **yarmini** bayonnoma tuzilgan kundan boshlab **7 kun** ichida toʻlashingiz mumkin. Buning shartlari: jarima yagona jazo boʻlsa, huquqbuzarlikni tan olsangiz va dalillarga eʼtiroz bildirmasangiz (KoAP, 810–811-moddalar). Kalendar kunlarni sanang. Yarmini toʻlash huquqbuzarlikni tan olganingizni bildiradi.
        - Agar jarima notoʻgʻri deb oʻylasangiz, qarorning nusxasini olgan kundan boshlab **10 kun** ichida shikoyat qiling.
        - Jarima qaror kuchga kirganidan keyin **30 kun** ichida toʻlanishi kerak (KoAP 893-moddasi 1-qismi). Xavfsiz boʻlishi uchun qarorni olgan kuningizdan boshlab sanang. Qoʻshimcha vaqtni 30 kun tugashidan **oldin** soʻrang.

        Qarang [jarima muddatlari](article:kz-fine-deadline).

        ## Soʻrang, shunchaki kutmang
        Toʻlanmagan jarima sizga qarshi ishlatilishi mumkin. 2020-yildagi bir ishda Qaragʻandidagi tuman sudi chet ellikni mamlakatdan chiqarib yuborishga qaror qilgan, qisman jarima toʻlanmagani sababli. Keyin Oliy sud bu qarorni oʻz kuchida qoldirgan. Toʻlay olmasangiz, koʻproq vaqt soʻrang.

        ## Qanday toʻlash kerak
        - **egov.kz toʻlov shlyuzi** orqali toʻlang. Komissiya 100 KZT.
        - Har bir qismni rasmiy yoʻl bilan toʻlang va har bir kvitansiyani saqlang.
        - Politsiya xodimiga yoki mansabdor shaxsga hech qachon naqd pul bermang.

        > [!TIP]
        > Jarimalar MRPda hisoblanadi. 2026-yilda 1 MRP 4 325 KZT. Demak, 10 MRP jarima 43 250 KZT boʻladi.

        ## Endi nima qilish kerak
        1. Jarima haqidagi qarorni oʻqing. Uni olgan sanangizni yozib qoʻying.
        2. Ariza yozing. Unda Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning 888-moddasini koʻrsating. Nega darhol toʻlay olmasligingizni yozing. Kechiktirishni yoki boʻlib toʻlashni soʻrayotganingizni ham yozing.
        3. Sizga jarima solgan idoradan arizani qayerga topshirishni soʻrang. Uni shaxsan topshiring va talon oling: qarang [yozma murojaat topshirish](article:kz-written-appeal).
        4. Arizangiz va javobning nusxasini saqlang.
        5. Kelishilganidek, oʻz vaqtida toʻlang. Har bir kvitansiyani ilovadagi seyfga saqlang: qarang [toʻlov dalili](article:kz-proof-of-payment).

        Agar jarima notoʻgʻri deb oʻylasangiz, qarorning nusxasini olgan kundan boshlab 10 kun ichida shikoyat qiling: qarang [jarima ustidan shikoyat qilish](article:kz-appeal-fine).
