article-kz-fine-instalments =
    .title = Jarimani darhol toʻlay olmaysizmi? Kechiktirish yoki boʻlib toʻlash
    .summary = Jarimani 1 oygacha kechiktirishni yoki 3 oygacha boʻlib toʻlashni soʻrashingiz mumkin (KoAP, 888-modda).
    .body =
        ## Qonun nima deydi
        Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning (KoAP, ruscha: КоАП) 888-moddasi quyidagilarga ruxsat beradi:

        - **1 oygacha** **kechiktirish** (отсрочка) yoki
        - **3 oygacha** **boʻlib toʻlash** (рассрочка).

        ## Soʻrang, shunchaki kutmang
        Toʻlanmagan jarima sizga qarshi ishlatilishi mumkin. 2020-yildagi bir ishda Oliy sud chiqarib yuborishni oʻz kuchida qoldirgan, qisman jarima toʻlanmagani sababli. Toʻlay olmasangiz, koʻproq vaqt soʻrang.

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
