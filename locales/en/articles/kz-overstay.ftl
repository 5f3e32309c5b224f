article-kz-overstay =
    .title = Overstaying: what happens if you stay too long
    .summary = Staying up to 3 days too long brings a warning, and 3 to 5 days brings a fine of 10 MRP. The penalties for longer overstays are not confirmed.
    .keywords = overstayed, overstay fine, expired stay, visa expired, illegal stay, undocumented, out of status, late departure, stayed too long, MCI, deportation risk, overstay, visa finished, stayed extra days, over 90 days, forgot exit date, missed flight, out of time
    .unverified = Not confirmed: parts 1 and 2 of Article 517 of the Code of Administrative Offences, and the penalties for staying more than 5 days too long; whether an entry ban follows an expulsion for an administrative offence, and for how long (Government Decree No. 175 of 6 April 2017 gave 5 years when a criminal court's verdict ordered the expulsion).
    .body =
        ## What the law says
        Article 517 of the Code of Administrative Offences is about the rules of stay for foreigners. Its part 3 is about not leaving when your permitted stay ends:

        - up to **3 days** too long: a **warning**;
        - **3 to 5 days** too long: a fine of **10 MRP**.

        ## How much is 10 MRP?
        The MRP (monthly calculation index) changes every year.

        - In 2026, 1 MRP is 4,325 KZT. So 10 MRP is **43,250 KZT**.
        - In 2025, 1 MRP was 3,932 KZT. So 10 MRP was **39,320 KZT**.

        ## Longer overstays
        We have not confirmed the penalties for staying more than 5 days too long. Expulsion is one of the penalties in the Code, and it may bring an **entry ban of up to 5 years** (not confirmed for every expulsion). See [expulsion](article:kz-expulsion) and [entry ban](article:kz-entry-ban).

        > [!WARNING]
        > Do not take the risk. Leave on time, or get the right permit before your days run out.

        ## What to do now
        1. Count your days: see [visa-free stay](article:kz-visa-free-stay). Write down every date you enter and leave Kazakhstan.
        2. Set a reminder at least one week before your last day.
        3. If you need to stay longer to work or study, ask early about a [temporary residence permit](article:kz-temporary-residence-work).
        4. If you have already stayed too long, get legal help quickly: see [legal aid](article:kz-legal-aid).
        5. If a protocol is drawn up, know your rights: see [your rights when a protocol is drawn up](article:kz-protocol-rights).
        6. If you get a fine, pay it through official channels and keep the receipt. If you cannot pay at once, see [postponing a fine or paying in instalments](article:kz-fine-instalments).
