article-kz-appeal-fine =
    .title = Jarima ustidan shikoyat: sizda 10 kun bor
    .summary = Jarima haqidagi qarorning nusxasini olgan kundan boshlab 10 kun ichida u ustidan yuqori turuvchi organga yoki sudga shikoyat qilishingiz mumkin.
    .keywords = jarima, shtraf, shtrafga shikoyat, shtrafni bekor qilish, jarimani bekor qilish, nohaq jarima, notoʻgʻri shtraf, objalovanie, jaloba, postanovlenie, yuqori turuvchi organ, muddatni tiklash, vosstanovlenie sroka, shtrafga rozi emasman, bekorga shtraf yozishdi, жалоба на штраф, отмена штрафа, shikoyat muddati oʻtdi, shtraf adolatsiz
    .unverified = Tasdiqlanmagan: shikoyat berishning 10 kunlik muddatini belgilaydigan aniq modda (KoAP 829-4-moddasi deb xabar qilingan), oʻtkazib yuborilgan muddatni tiklash haqidagi modda va shikoyat qaror chiqargan idoraga topshiriladimi yoki toʻgʻridan-toʻgʻri yuqori turuvchi organ yoki sudga topshiriladimi. Xabarlarga koʻra, 10 kun toʻliq sutkalarda («суток») hisoblanadi, shuning uchun Huquq kalendar kunlarni sanaydi.
    .body =
        ## Muddat: 10 kun
        Qarorning (постановление) _nusxasini olgan_ kuningizdan boshlab **10 kun** ichida shikoyat qilishingiz mumkin. Nusxani olgan kundan boshlab hisoblang. **Kalendar kunlarni** sanang: dam olish va bayram kunlari ham hisobga kiradi.

        ## Qayerga shikoyat qilish kerak
        - Yuqori turuvchi organga (вышестоящий орган): qaror chiqargan idora yoki mansabdor shaxsdan yuqoridagi idora yoki mansabdor shaxsga.
        - Yoki sudga.

        Yuqori turuvchi organ shikoyatingizni olgan kundan boshlab 10 kun ichida qaror qabul qilishi shart (KoAP, ruscha: КоАП, 826-3-modda, xabar qilingan).

        Chet ellik sifatida siz sudlarga va davlat organlariga fuqaro bilan bir xil protsessual huquqlar bilan murojaat qilishingiz mumkin («Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun, ruscha: «О правовом положении иностранцев», 18-modda).

        ## Shikoyat qilishdagi huquqlaringiz
        - Himoyachingiz (advokat) boʻlishi mumkin.
        - Ona tilingizdan foydalanishingiz mumkin. Agar ish yuritish tilini bilmasangiz yoki yetarlicha yaxshi bilmasangiz, tarjimondan **bepul** foydalanishingiz mumkin (KoAP, 738- va 744-moddalar).
        - Dalillar taqdim etishingiz mumkin.

        ## Endi nima qilish kerak
        1. Qarorni olgan sanangizni yozib qoʻying.
        2. Shikoyat (жалоба) yozing: qaysi qaror va nega rozi emassiz.
        3. Dalillaringiz nusxalarini qoʻshing, masalan, kvitansiyalar yoki qogʻozlar.
        4. Shikoyatni 10 kun tugashidan oldin topshiring. Topshirgan hamma narsangizning nusxasini saqlang.

        > [!WARNING]
        > 10 kunni oʻtkazib yubordingizmi? Muddatni tiklashni (восстановление срока) soʻrashingiz mumkin. Iltimosnoma (ходатайство) yozing va uni shikoyatingiz bilan birga topshiring. Uzrli sababingiz dalilini qoʻshing, masalan, kasal boʻlgan boʻlsangiz, shifokor qogʻozini. Muddat faqat uzrli sabab boʻlsa tiklanadi. Bu haqdagi kodeks moddasi tasdiqlanmagan.

        Yana oʻqing: [bayonnoma tuzilganda huquqlaringiz](article:kz-protocol-rights), [yozma murojaatni qanday topshirish](article:kz-written-appeal), [jarima muddatlari](article:kz-fine-deadline) va [jarimalarni toʻlash](article:kz-paying-fines).
