article-kz-paying-fines =
    .title = Paying a fine safely and keeping proof
    .summary = Pay a fine only through official channels, such as the egov.kz payment gateway, and keep every receipt.
    .keywords = shtraf, pay fine online, online payment, egov payment, fine amount, how much fine, MCI, tenge, payment methods, half fine, pay, challan, where to pay fine, Kaspi, pay by bank card, pay at the bank
    .unverified = The 30 days (KoAP Art. 893 part 1) are reported by the police and lawyers, not read in the official text. Not confirmed: the day a decision enters into force; whether the 7 days for paying half are calendar days or working days (egov.kz says working days, police say full days: count calendar days, the earlier date); and whether paying half is possible for offences about stay and registration.
    .body =
        ## Pay only through official channels
        - You can pay through the egov.kz payment gateway. The commission is 100 KZT.
        - Never hand cash to an officer or an official. See [bribes and the 1424 line](article:kz-bribes-1424).

        ## The deadlines, shortest first
        - **7 days: half the fine.** In some cases you may pay **50%** of the fine within **7 days** from the protocol (KoAP Art. 810–811): only if the penalty is a fine alone, you admit the offence and you do not contest the evidence. Count calendar days. Paying half means you accept the offence.
        - **10 days: appeal.** If you think the fine is wrong, appeal within 10 days of receiving a copy of the decision.
        - **30 days: pay in full.** Pay no later than **30 days** after the decision enters into force (KoAP Art. 893 part 1). To be safe, count from the day you received the decision.

        See [fine deadlines](article:kz-fine-deadline).

        ## Fines are counted in MRP
        The law sets many fines in MRP (the monthly calculation index). In 2026, 1 MRP is 4,325 KZT. In 2025 it was 3,932 KZT. So a fine of 10 MRP is 43,250 KZT in 2026.

        ## If you cannot pay at once
        You can ask for a postponement of up to 1 month, or to pay in instalments over up to 3 months (KoAP Art. 888).

        ## Keep every receipt
        A man from Mali, a permanent resident, was fined in 2007. He says he paid. Later the migration police said they had no record of it. They would not finish the renewal of his residence papers unless he paid again.

        In a case from 2020, a district court in Karaganda ordered the expulsion of a foreigner, partly because a fine had not been paid. The Supreme Court later upheld the decision.

        > [!WARNING]
        > A fine you cannot prove you paid can cause trouble later, when you renew your documents or in an expulsion case.

        ## What to do now
        1. Write down the day you received the decision. Pay in time, through an official channel, such as the egov.kz payment gateway.
        2. Save the receipt. Print it, or keep a photo of it in a second safe place.
        3. Keep the decision and the receipt together.
        4. Take copies of them when you go to the migration office.
        5. If an office says there is no record of your payment, show the receipt. If they still refuse, complain in writing: see [how to file a written appeal](article:kz-written-appeal).

        Do you think the fine is wrong? Read [how to appeal a fine](article:kz-appeal-fine).
