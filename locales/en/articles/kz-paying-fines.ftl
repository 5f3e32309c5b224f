article-kz-paying-fines =
    .title = Paying a fine safely and keeping proof
    .summary = Pay a fine only through official channels, such as the egov.kz payment gateway, and keep every receipt.
    .body =
        ## Pay only through official channels
        - You can pay through the egov.kz payment gateway. The commission is 100 KZT.
        - Never hand cash to an officer or an official. See [bribes and the 1424 line](article:kz-bribes-1424).

        ## Fines are counted in MRP
        The law sets many fines in MRP (the monthly calculation index). In 2026, 1 MRP is 4,325 KZT. In 2025 it was 3,932 KZT. So a fine of 10 MRP is 43,250 KZT in 2026.

        ## If you cannot pay at once
        You can ask for a postponement of up to 1 month, or to pay in instalments over up to 3 months (KoAP Art. 888).

        ## Keep every receipt
        A man from Mali, a permanent resident, was fined in 2007. He says he paid. Later the migration police said they had no record of it. They would not finish the renewal of his residence papers unless he paid again.

        In a 2020 case, the Supreme Court upheld an expulsion partly because a fine was unpaid.

        > [!WARNING]
        > A fine you cannot prove you paid can cause trouble later, when you renew your documents or in an expulsion case.

        ## What to do now
        1. Pay through an official channel, such as the egov.kz payment gateway.
        2. Save the receipt. Print it, or keep a photo of it in a second safe place.
        3. Keep the decision and the receipt together.
        4. Take copies of them when you go to the migration office.
        5. If an office says there is no record of your payment, show the receipt. If they still refuse, complain in writing: see [how to file a written appeal](article:kz-written-appeal).

        Do you think the fine is wrong? Read [how to appeal a fine](article:kz-appeal-fine).
