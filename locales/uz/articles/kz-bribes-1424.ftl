article-kz-bribes-1424 =
    .title = Pora: hech qachon naqd pul bermang, 1424 ga qoʻngʻiroq qiling
    .summary = Mansabdor shaxsga hech qachon naqd pul bermang; pora soʻralgani haqida korrupsiyaga qarshi 1424 liniyasiga xabar berishingiz mumkin, u bepul va sutkasiga 24 soat ishlaydi.
    .keywords = pora, vzyatka, pora soʻrash, pul soʻrashdi, militsiya pul soʻradi, korrupsiya, Antikor, antikorrupsiya, ishonch telefoni, goryachaya liniya, 1424, poraxoʻr, pul talab qilishdi, вымогательство, tovlamachilik, pul berib qutulish, ment pul oldi
    .body =
        ## Mansabdor shaxsga hech qachon naqd pul bermang
        Qozogʻistondagi muhojirlar ulardan pora (взятка) soʻralgani haqida xabar berishgan. Pul bermang.

        - Jarima rasmiy yoʻllar bilan, masalan, egov.kz toʻlov shlyuzi orqali toʻlanadi va siz kvitansiya olasiz.
        - Xodimga berilgan naqd pul uchun kvitansiya ham, yozuv ham boʻlmaydi. Toʻlaganingizni isbotlay olmaysiz.

        ## 1424 ga qoʻngʻiroq qiling
        - **1424** — Korrupsiyaga qarshi xizmatning (Антикоррупционная служба) qoʻngʻiroq markazi.
        - Qoʻngʻiroq bepul.
        - Sutkasiga 24 soat, haftada 7 kun ishlaydi.
        - Xabarni egov.kz saytidagi onlayn xizmat orqali yoki pochta orqali ham yuborishingiz mumkin.

        > [!WARNING]
        > «Masalani hal qilish» uchun naqd pul berish muammoni yoʻqotmaydi. Kvitansiyasiz keyin hech narsani isbotlay olmaysiz.

        ## Endi nima qilish kerak
        1. Xotirjam boʻling. Qarshilik qilmang va pul bermang.
        2. Xodimdan xizmat guvohnomasini (служебное удостоверение) koʻrsatishni soʻrang. Ismini, joyni, sanani va vaqtni yozib oling.
        3. Agar xodim qoidani buzdingiz desa, buni yozma ravishda rasmiylashtirishni soʻrang. Oʻqing: [bayonnoma tuzilganda huquqlaringiz](article:kz-protocol-rights).
        4. Imkon boricha tezroq 1424 ga qoʻngʻiroq qiling va nima boʻlganini aytib bering.
        5. Yozuvlaringizni va sizga berilgan barcha qogʻozlarni saqlang.

        Yana qarang: [politsiya tekshiruvlari](article:kz-police-checks) va [jarimalarni toʻlash](article:kz-paying-fines).
