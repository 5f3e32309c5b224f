article-kz-police-checks =
    .title = Politsiya tekshiruvi: xotirjam boʻling va huquqlaringizni biling
    .summary = Agar politsiya sizni toʻxtatsa, xotirjam boʻling, xodimdan xizmat guvohnomasini koʻrsatishni soʻrang va qarshilik qilmang. Pasportingiz nusxasini xavfsiz joyda saqlang.
    .keywords = politsiya tekshiruvi, militsiya, hujjat tekshirish, proverka dokumentov, militsiya toʻxtatdi, politsiya toʻxtatdi, reyd, koʻchada tekshirish, pasport olib yurish, patrul, udostoverenie, участковый, облава, mentlar toʻxtatdi, bozorda tekshiruv, документы проверили, guvohnomasini koʻrsatmadi
    .unverified = Amaldagi qoidalarga koʻra chet elliklar pasportini oʻzi bilan olib yurishi shartmi va politsiya qachon pasportni olib qoʻyishi mumkin, hali tasdiqlanmagan.
    .body =
        ## Tekshiruv paytida
        - Xotirjam boʻling. Qarshilik qilmang.
        - Xodimdan xizmat guvohnomasini (служебное удостоверение) koʻrsatishni soʻrang. Ismini yozib oling.
        - Agar sizni ushlab turishsa (задержание), sababini darhol aytishlari shart (KoAP, ruscha: КоАП, 14-modda).
        - Qiynoq va qadr-qimmatni kamsituvchi muomala taqiqlangan.
        - Agar xodim bayonnoma (протокол) yozsa, sizning huquqlaringiz bor. Qarang [bayonnoma tuzilganda huquqlaringiz](article:kz-protocol-rights).

        ## Pasportingiz
        2000-yildagi eski qoidada vaqtincha turgan chet elliklar pasportini oʻzi bilan olib yurishi shart deyilgan edi. Bu qoida bekor qilingan. Hozirgi qoidani va politsiya qachon pasportni olib qoʻyishi mumkinligini biz hali tasdiqlamadik.

        Mehnat muhojirlarining pasportlari va shaxsni tasdiqlovchi hujjatlari olib qoʻyilgani haqidagi xabarlar (2016-yilda BMT Inson huquqlari qoʻmitasi, 2009 va 2018-yillarda inson huquqlari tashkiloti FIDH) ish beruvchilar yoki vositachilarning ishdagi suiisteʼmollari haqida. Ular politsiya tekshiruvlari haqida emas. Qarang [kimdir pasportingizni olib qolsa](article:kz-passport-confiscation).

        > [!TIP]
        > Pasportingiz va ruxsatnomangizning nusxasini yoki rasmini xavfsiz joyda saqlang. Agar sizdan hujjat olib qoʻyilsa, kim, qachon va qayerda olganini yozib oling.

        ## Agar biror narsa notoʻgʻri ketsa
        - Xodim pul soʻrasa: naqd pul bermang. Korrupsiyaga qarshi **1424** liniyasiga qoʻngʻiroq qiling. Qarang [pora va 1424 liniyasi](article:kz-bribes-1424).
        - Sizni ushlab turishsa: konsulligingizga kechiktirmasdan xabar berishni soʻrashingiz mumkin. Qarang [konsullik huquqlari](article:kz-consular-rights).
        - Shikoyat qilmoqchisiz: prokuraturaga istalgan tilda, jumladan oʻz tilingizda yozishingiz mumkin. Qarang [prokuraturaga shikoyat qilish](article:kz-prosecutor-complaint) va [yozma murojaatni qanday topshirish](article:kz-written-appeal).
