article-kz-fine-deadline =
    .title = Jarima muddatlari: qachon toʻlash kerak va kechiksangiz nima boʻladi
    .summary = Agar jarima notoʻgʻri deb oʻylasangiz, 10 kun ichida shikoyat qiling. Aks holda qaror kuchga kirganidan keyin 30 kun ichida toʻlang. Shundan keyin sud ijrochisi jarimani qoʻshimcha haq bilan majburan undirishi mumkin.
    .keywords = shtraf, shtraf muddati, toʻlov muddati, kechiktirilgan jarima, sud ijrochisi, ChSI, sudebnyy ispolnitel, majburiy undirish, kartaga arest, hisob muzlatildi, qarzdorlar reestri, yarmini toʻlash, shtrafni tekshirish, частный судебный исполнитель, просроченный штраф, shtrafni vaqtida toʻlamadim, kartadan pul yechildi, долг по штрафу, 30 kun ichida toʻlash
    .unverified = Tasdiqlanmagan: qaror aynan qaysi kuni kuchga kiradi (biz uni olgan kuningizdan sanaymiz, bu ertaroq); jarimaning yarmini toʻlash uchun 7 kun kalendar kunmi yoki ish kunimi va migratsiya huquqbuzarliklari uchun yarmini toʻlash mumkinmi; toʻlanmagan jarima mamlakatdan chiqib ketishingizga yoki yashash guvohnomangizni uzaytirishga toʻsqinlik qila oladimi. Jarimani toʻlamaslik uchun alohida huquqbuzarlik topmadik.
    .body =
        ## Muddatlar, eng qisqasidan boshlab
        1. **7 kun: yarmini toʻlash.** Baʼzi hollarda jarimaning **50%** qismini bayonnoma tuzilgan kundan boshlab **7 kun** ichida toʻlashingiz mumkin (KoAP, 810–811-moddalar). Faqat shu shartlarda: jazo jarima boʻlsa, huquqbuzarlikni tan olsangiz va dalillarga eʼtiroz bildirmasangiz. Agar boshqa jazo ham, masalan, chiqarib yuborish tayinlangan boʻlsa, bu mumkin emas. Xavfsiz boʻlishi uchun 7 kalendar kunni sanang.
        2. **10 kun: shikoyat.** Agar jarima notoʻgʻri deb oʻylasangiz, qarorning nusxasini olgan kundan boshlab **10 kun** ichida shikoyat qiling. Kalendar kunlarni sanang. Qarang [jarima ustidan shikoyat qilish](article:kz-appeal-fine).
        3. **30 kun: toʻliq toʻlash.** Qaror kuchga kirganidan keyin **kechi bilan 30 kun** ichida toʻlang (KoAP, 893-modda). 30 kunni qarorni olgan kuningizdan boshlab sanang yoki darhol toʻlang.

        > [!WARNING]
        > Yarmini toʻlash huquqbuzarlikni tan olganingizni bildiradi. Agar shikoyat qilmoqchi boʻlsangiz, yarmini toʻlamang.

        ## Agar oʻz vaqtida toʻlay olmasangiz
        1 oygacha kechiktirishni yoki 3 oygacha boʻlib toʻlashni soʻrang (KoAP, 888-modda). Buni 30 kun tugashidan **oldin** soʻrang. Qarang [jarimani kechiktirish](article:kz-fine-instalments).

        ## Agar 30 kun oʻtib ketsa
        - Qaror **majburiy undirish** uchun yuborilishi mumkin, masalan, xususiy sud ijrochisiga.
        - Sud ijrochisi pulingizni, bank hisoblaringizni va mol-mulkingizni xatlashi (muzlatishi) mumkin.
        - Shunda siz **sud ijrochisining haqini** ham toʻlaysiz: 60 MRPgacha boʻlgan qarz uchun u summaning **25%** qismi.
        - 2020-yildagi bir ishda Qaragʻandidagi tuman sudi chet ellikni mamlakatdan chiqarib yuborishga qaror qilgan, qisman jarima toʻlanmagani sababli. Keyin Oliy sud bu qarorni oʻz kuchida qoldirgan.
        - Advokatlarning xabar berishicha, toʻlanmagan jarimalar chegarada ham muammo keltirib chiqarishi mumkin. Bu tasdiqlanmagan.

        ## Jarimalaringizni tekshiring
        Jarimalaringizni egov.kz saytida IIN boʻyicha yoki ism va tugʻilgan sana boʻyicha qidirib, oʻsha yerda toʻlashingiz mumkin. Komissiya 100 KZT. Siz toʻlagan deb oʻylagan jarima hali ham toʻlanmagan boʻlib koʻrinishi mumkin: kvitansiyani saqlang. Qarang [toʻlov dalili](article:kz-proof-of-payment).

        ## Endi nima qilish kerak
        1. Bayonnoma tuzilgan kunni va qarorni olgan kuningizni yozib qoʻying. Eslatmalar qoʻying: bayonnomadan keyingi 7-kunga, qarorni olganingizdan keyingi 10-kun va 30-kunga.
        2. Agar jarima notoʻgʻri deb oʻylasangiz, 10-kundan oldin shikoyat qiling.
        3. Agar rozi boʻlsangiz va toʻlay olsangiz, rasmiy yoʻl bilan toʻlang: qarang [jarimalarni toʻlash](article:kz-paying-fines).
        4. Kvitansiyani ilovadagi seyfga va qogʻozda saqlang.
        5. Agar toʻlay olmasangiz, 30-kundan oldin qoʻshimcha vaqt soʻrang.
        6. Agar sud ijrochisi siz bilan bogʻlansa, qogʻozlarni soʻrang, faqat rasmiy yoʻllar bilan toʻlang va har bir kvitansiyani saqlang. [Yuridik yordam](article:kz-legal-aid) soʻrang.
