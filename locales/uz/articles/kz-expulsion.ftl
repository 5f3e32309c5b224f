article-kz-expulsion =
    .title = Mamlakatdan chiqarib yuborish: xavflar va oʻzingizni qanday himoya qilish
    .summary = Mamlakatdan chiqarib yuborish chet elliklar uchun jazo; majburiy chiqarib yuborish 5 yillik kirish taqiqiga olib keladi, toʻlanmagan jarima esa sizga qarshi ishlatilishi mumkin.
    .body =
        ## Qonun nima deydi
        - Mamlakatdan chiqarib yuborish (выдворение) — Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksdagi jazolardan biri. Boshqa jazolar: ogohlantirish, jarima va maʼmuriy qamoq (административный арест).
        - «Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun («О правовом положении иностранцев», 28-modda) chiqarib yuborish asoslarini belgilaydi.
        - Oliy sud (Верховный Суд) sudlarga chiqarib yuborish ishlari boʻyicha tushuntirish bergan (2013-yil 13-dekabrdagi № 4 normativ qaror).
        - **Majburiy** chiqarib yuborish (принудительное выдворение) **5 yillik kirish taqiqiga** (запрет на въезд) olib keladi: 5 yil davomida Qozogʻistonga kira olmaysiz (Hukumatning 2017-yil 6-apreldagi № 175 qarori).

        ## Toʻlanmagan jarimalar sizga qarshi ishlaydi
        2020-yildagi bir ishda Oliy sud chiqarib yuborishni oʻz kuchida qoldirgan, qisman jarima toʻlanmagani sababli.

        Uzoq vaqtdan beri yashayotgan bir kishi jarimani toʻlaganini aytgan, lekin migratsiya politsiyasi keyinroq bu toʻlov haqida yozuv yoʻqligini aytgan.

        > [!WARNING]
        > Har bir jarimani toʻlang va **har bir kvitansiyani** saqlang. Agar mansabdor shaxslar toʻlovingiz haqida yozuv yoʻq desa, kvitansiya sizning dalilingiz.

        ## Ishdagi huquqlaringiz
        Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning 744-moddasiga koʻra sizda quyidagi huquqlar bor:

        - ish materiallari bilan tanishish va nusxa olish;
        - tushuntirish berish va dalillar taqdim etish;
        - himoyachiga ega boʻlish;
        - ona tilingizdan va tarjimondan **bepul** foydalanish;
        - qaror ustidan shikoyat qilish.

        Agar sizni ushlab turishsa, konsulligingizga xabar berishni soʻrashingiz mumkin: qarang [konsullik huquqlari](article:kz-consular-rights).

        ## Endi nima qilish kerak
        1. Barcha kvitansiyalar, bayonnomalar va qarorlarni xavfsiz joyda saqlang. Nusxa oling.
        2. Agar qarorga rozi boʻlmasangiz, kutmang: [jarima ustidan shikoyat qilish](article:kz-appeal-fine) haqida oʻqing.
        3. Yuridik yordam soʻrang, masalan, Qozogʻiston inson huquqlari va qonun ustuvorligi xalqaro byurosidan.

        Yana qarang: [jarimalarni toʻlash](article:kz-paying-fines) va [bayonnoma tuzilganda](article:kz-protocol-rights) huquqlaringiz.
