article-kz-expulsion =
    .title = Mamlakatdan chiqarib yuborish: xavflar va oʻzingizni qanday himoya qilish
    .summary = Mamlakatdan chiqarib yuborish chet elliklar uchun jazo. U 5 yilgacha kirish taqiqiga olib kelishi mumkin. Toʻlanmagan jarima sizga qarshi ishlatilishi mumkin.
    .keywords = deportatsiya, deport, deport qilish, vydvorenie, chiqarib yuborish, mamlakatdan haydash, haydab yuborish, deportatsiya xavfi, qora roʻyxat, toʻlanmagan jarima, uyga joʻnatishdi, vatanga qaytarib yuborish, deport boʻlyapman, deportdan qutulish, административное выдворение, haydashmoqchi
    .unverified = Tasdiqlanmagan: maʼmuriy huquqbuzarlik uchun chiqarib yuborishdan keyin kirish taqiqi beriladimi va qancha muddatga. Hukumatning 2017-yil 6-apreldagi № 175 qarori jinoyat ishi boʻyicha sud hukmi bilan chiqarib yuborilganda 5 yillik taqiqni belgilagan. Uning 2020 va 2021-yillardagi oʻzgartirishlari bilan matni bu masala boʻyicha oʻqilmagan. 2020-yildagi ish boʻyicha Oliy sud qarorining raqami va sanasi topilmagan.
    .body =
        ## Qonun nima deydi
        - Mamlakatdan chiqarib yuborish (выдворение) Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksdagi jazolardan biri. Boshqa jazolar: ogohlantirish, jarima va maʼmuriy qamoq (административный арест).
        - «Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun («О правовом положении иностранцев», 28-modda) chiqarib yuborish asoslarini belgilaydi.
        - Oliy sud (Верховный Суд) sudlarga chiqarib yuborish ishlari boʻyicha tushuntirish bergan (2013-yil 13-dekabrdagi № 4 normativ qaror).
        - Chiqarib yuborish **5 yilgacha kirish taqiqiga** (запрет на въезд) olib kelishi mumkin. Hukumatning 2017-yil 6-apreldagi № 175 qarori jinoyat ishi boʻyicha sud hukmi bilan chiqarib yuborishda 5 yillik taqiqni belgilagan. Maʼmuriy huquqbuzarlik uchun har qanday chiqarib yuborishdan keyin ham xuddi shunday taqiq berilishi tasdiqlanmagan. Qarang [kirish taqiqi](article:kz-entry-ban).

        ## Toʻlanmagan jarimalar sizga qarshi ishlaydi
        2020-yildagi bir ishda Qaragʻandidagi tuman sudi chet ellikni mamlakatdan chiqarib yuborishga qaror qilgan, qisman jarima toʻlanmagani sababli. Keyin Oliy sud bu qarorni oʻz kuchida qoldirgan.

        Uzoq vaqtdan beri yashayotgan bir kishi jarimani toʻlaganini aytgan, lekin migratsiya politsiyasi keyinroq bu toʻlov haqida yozuv yoʻqligini aytgan.

        > [!WARNING]
        > Har bir jarimani toʻlang va **har bir kvitansiyani** saqlang. Agar mansabdor shaxslar toʻlovingiz haqida yozuv yoʻq desa, kvitansiya sizning dalilingiz.

        ## Ishdagi huquqlaringiz
        Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning 744-moddasiga koʻra sizda quyidagi huquqlar bor:

        - ish materiallari bilan tanishish va nusxa olish;
        - tushuntirish berish va dalillar taqdim etish;
        - himoyachiga ega boʻlish;
        - agar ish yuritish tilini yetarlicha yaxshi bilmasangiz, ona tilingizdan va tarjimondan **bepul** foydalanish (738- va 744-moddalar);
        - qaror ustidan shikoyat qilish.

        Agar sizni ushlab turishsa, konsulligingizga xabar berishni soʻrashingiz mumkin: qarang [konsullik huquqlari](article:kz-consular-rights).

        ## Endi nima qilish kerak
        1. Barcha kvitansiyalar, bayonnomalar va qarorlarni xavfsiz joyda saqlang. Nusxa oling.
        2. Agar qarorga rozi boʻlmasangiz, kutmang: [jarima ustidan shikoyat qilish](article:kz-appeal-fine) haqida oʻqing.
        3. Yuridik yordam soʻrang, masalan, Qozogʻiston inson huquqlari va qonun ustuvorligi xalqaro byurosidan.

        Yana qarang: [jarimalarni toʻlash](article:kz-paying-fines) va [bayonnoma tuzilganda](article:kz-protocol-rights) huquqlaringiz.
