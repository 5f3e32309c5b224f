article-kz-proof-of-payment =
    .title = "No record" of a fine you paid: keep your proof
    .summary = Pay fines only through official channels and keep every receipt for years. If an office says it has no record of your payment, the receipt is your proof.
    .keywords = paid fine not recorded, fine still unpaid, pay twice, asked to pay again, double payment, payment proof, keep receipts, receipt photo, payment confirmation, renewal blocked, they say I didn't pay, already paid, receipt not accepted, fine came back, system shows unpaid, proof I paid
    .body =
        ## A real story
        Idrissa Traore, from Mali, got permanent residence in Kazakhstan in 2004. In 2007 he was fined US$100 for living and working in Astana instead of Almaty. He says he paid. The migration police said they had no record of it.

        In 2009 the renewal of his residence papers was held up until he "paid" the fine again. While he waited, he could not work, and his passport was with the migration office.

        ## Why it matters
        - A fine you cannot prove you paid can hold up the renewal of your documents.
        - In a case from 2020, a district court in Karaganda ordered the expulsion of a foreigner, partly because a fine had not been paid. The Supreme Court later upheld the decision.

        ## Pay only through official channels
        - Pay through the **egov.kz payment gateway**. The commission is 100 KZT.
        - Never hand cash to an officer or an official. See [bribes and the 1424 line](article:kz-bribes-1424).

        > [!WARNING]
        > Keep every receipt for **years**, not weeks. In the story above, the fine was from 2007, and the problem came in 2009.

        ## What to do now
        1. As soon as you pay, take a photo of the receipt. Save it in the app's vault, with the date and the amount.
        2. Keep the paper receipt together with the decision on the fine. Keep a second copy in another safe place.
        3. Take copies of your receipts when you go to the migration office.
        4. If an office says there is no record, show the receipt. Ask them to write down that they have no record.
        5. If they still ask you to pay again, hand in a written appeal with a copy of the receipt, and keep the slip: see [filing a written appeal](article:kz-written-appeal).
        6. If that does not help, complain to the prosecutor's office: see [complaining to the prosecutor's office](article:kz-prosecutor-complaint).

        See also [paying a fine safely](article:kz-paying-fines).
