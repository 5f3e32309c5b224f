article-kz-appeal-fine =
    .title = Jarima ustidan shikoyat: sizda 10 kun bor
    .summary = Jarima haqidagi qarorning nusxasini olgan kundan boshlab 10 kun ichida u ustidan yuqori turuvchi organga yoki sudga shikoyat qilishingiz mumkin.
    .unverified = Shikoyat qilish qoidasining aniq modda raqami (KoAP 829-4-moddasi deb xabar qilingan) hali tasdiqlanmagan.
    .body =
        ## Muddat: 10 kun
        Qarorning (постановление) _nusxasini olgan_ kuningizdan boshlab **10 kun** ichida shikoyat qilishingiz mumkin. Nusxani olgan kundan boshlab hisoblang.

        ## Qayerga shikoyat qilish kerak
        - Yuqori turuvchi organga (вышестоящий орган): qaror chiqargan idora yoki mansabdor shaxsdan yuqoridagi idora yoki mansabdor shaxsga.
        - Yoki sudga.

        Yuqori turuvchi organ 10 kun ichida qaror qabul qilishi shart (KoAP, ruscha: КоАП, 826-3-modda).

        Chet ellik sifatida siz sudlarga va davlat organlariga fuqaro bilan bir xil protsessual huquqlar bilan murojaat qilishingiz mumkin («Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun, ruscha: «О правовом положении иностранцев», 18-modda).

        ## Shikoyat qilishdagi huquqlaringiz
        - Himoyachingiz (advokat) boʻlishi mumkin.
        - Ona tilingizdan foydalanishingiz va tarjimondan **bepul** foydalanishingiz mumkin.
        - Dalillar taqdim etishingiz mumkin.

        ## Endi nima qilish kerak
        1. Qarorni olgan sanangizni yozib qoʻying.
        2. Shikoyat (жалоба) yozing: qaysi qaror va nega rozi emassiz.
        3. Dalillaringiz nusxalarini qoʻshing, masalan, kvitansiyalar yoki qogʻozlar.
        4. Shikoyatni 10 kun tugashidan oldin topshiring. Topshirgan hamma narsangizning nusxasini saqlang.

        > [!WARNING]
        > 10 kunni oʻtkazib yubordingizmi? Muddatni tiklashni (восстановление срока) soʻrashingiz mumkin. Iltimosnoma (ходатайство) yozing va uzrli sababingizni tushuntiring. Muddat faqat uzrli sabab boʻlsa tiklanadi.

        Yana oʻqing: [bayonnoma tuzilganda huquqlaringiz](article:kz-protocol-rights), [yozma murojaatni qanday topshirish](article:kz-written-appeal) va [jarimalarni toʻlash](article:kz-paying-fines).
