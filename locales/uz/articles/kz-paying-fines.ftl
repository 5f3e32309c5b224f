article-kz-paying-fines =
    .title = Jarimani xavfsiz toʻlash va dalilni saqlash
    .summary = Jarimani faqat rasmiy yoʻllar bilan, masalan, egov.kz toʻlov shlyuzi orqali toʻlang va har bir kvitansiyani saqlang.
    .keywords = shtraf, shtraf toʻlash, jarima toʻlash, onlayn toʻlash, eGov, oplata shtrafa, MRP, MRP qancha, shtraf qancha, yarmini toʻlash, naqd pul, chek olish, shtrafni qayerda toʻlayman, karta orqali toʻlash, Kaspi orqali toʻlash, terminal orqali toʻlash, bankda toʻlash, как оплатить штраф
    .unverified = 30 kun (KoAP 893-moddasi 1-qismi) haqida politsiya va advokatlar xabar bergan, biz uni rasmiy matnda oʻqimaganmiz. Tasdiqlanmagan: qaror qaysi kuni kuchga kirishi; jarimaning yarmini toʻlash uchun 7 kun kalendar kunmi yoki ish kunimi (egov.kz ish kuni deydi, politsiya toʻliq sutka deydi: kalendar kunlarni sanang, bu ertaroq sana); turish va roʻyxatdan oʻtish bilan bogʻliq huquqbuzarliklar uchun yarmini toʻlash mumkinmi.
    .body =
        ## Faqat rasmiy yoʻllar bilan toʻlang
        - egov.kz toʻlov shlyuzi (платёжный шлюз) orqali toʻlashingiz mumkin. Komissiya 100 KZT (tenge).
        - Politsiya xodimiga yoki mansabdor shaxsga hech qachon naqd pul bermang. Qarang [pora va 1424 liniyasi](article:kz-bribes-1424).

        ## Muddatlar, eng qisqasidan boshlab
        - **7 kun: jarimaning yarmi.** Baʼzi hollarda jarimaning **50%** qismini bayonnoma tuzilgan kundan boshlab **7 kun** ichida toʻlashingiz mumkin (KoAP, 810–811-moddalar). Faqat shu shartlarda: jazo faqat jarimadan iborat boʻlsa, huquqbuzarlikni tan olsangiz va dalillarga eʼtiroz bildirmasangiz. Kalendar kunlarni sanang. Yarmini toʻlash huquqbuzarlikni tan olganingizni bildiradi.
        - **10 kun: shikoyat.** Agar jarima notoʻgʻri deb oʻylasangiz, qarorning nusxasini olgan kundan boshlab 10 kun ichida shikoyat qiling.
        - **30 kun: toʻliq toʻlash.** Qaror kuchga kirganidan keyin kechi bilan **30 kun** ichida toʻlang (KoAP 893-moddasi 1-qismi). Xavfsiz boʻlishi uchun qarorni olgan kuningizdan boshlab sanang.

        Qarang [jarima muddatlari](article:kz-fine-deadline).

        ## Jarimalar MRP bilan hisoblanadi
        Qonun koʻp jarimalarni MRP (oylik hisoblash koʻrsatkichi, МРП) bilan belgilaydi. 2026-yilda 1 MRP 4 325 KZT. 2025-yilda u 3 932 KZT edi. Demak, 2026-yilda 10 MRP jarima 43 250 KZT boʻladi.

        ## Agar darhol toʻlay olmasangiz
        1 oygacha kechiktirishni (отсрочка) yoki 3 oygacha boʻlib toʻlashni (рассрочка) soʻrashingiz mumkin (KoAP, ruscha: КоАП, 888-modda).

        ## Har bir kvitansiyani saqlang
        Malidan kelgan, doimiy yashovchi bir erkakka 2007-yilda jarima solingan. U jarimani toʻlaganini aytadi. Keyinroq migratsiya politsiyasi bu haqda yozuv yoʻqligini aytgan. U jarimani qayta toʻlamaguncha, yashash hujjatlarini uzaytirish ishini tugatishmagan.

        2020-yildagi bir ishda Qaragʻandidagi tuman sudi chet ellikni mamlakatdan chiqarib yuborishga qaror qilgan, qisman jarima toʻlanmagani sababli. Keyin Oliy sud bu qarorni oʻz kuchida qoldirgan.

        > [!WARNING]
        > Toʻlaganingizni isbotlay olmaydigan jarima keyinchalik muammo keltirib chiqarishi mumkin: hujjatlaringizni uzaytirganda yoki mamlakatdan chiqarib yuborish ishida.

        ## Endi nima qilish kerak
        1. Qarorni olgan kuningizni yozib qoʻying. Oʻz vaqtida, rasmiy yoʻl bilan, masalan, egov.kz toʻlov shlyuzi orqali toʻlang.
        2. Kvitansiyani saqlang. Uni chop eting yoki rasmini yana bir xavfsiz joyda saqlang.
        3. Qaror va kvitansiyani birga saqlang.
        4. Migratsiya idorasiga borganingizda ularning nusxalarini olib boring.
        5. Agar idorada toʻlovingiz haqida yozuv yoʻq deyishsa, kvitansiyani koʻrsating. Baribir rad etishsa, yozma shikoyat qiling: qarang [yozma murojaatni qanday topshirish](article:kz-written-appeal).

        Jarima notoʻgʻri solingan deb oʻylaysizmi? Oʻqing: [jarima ustidan qanday shikoyat qilish](article:kz-appeal-fine).
