article-kz-lost-receipt =
    .title = Lost a receipt? How to get a record of your payment
    .summary = If you lost the receipt for a fine, look for other proof: on egov.kz, at your bank, and from the office that fined you. Check for unpaid fines well before you renew your documents.
    .keywords = no receipt, missing receipt, duplicate receipt, reprint receipt, bank statement, payment history, check fines online, fine lookup, debtor register, IIN, can't find receipt, paid but no receipt, Kaspi, e-receipt, check if fine paid, proof I paid
    .unverified = Not confirmed: an official service that gives a certificate that a fine was paid or that you have no unpaid fines; how long an office has to answer your request; whether egov.kz keeps a payment history you can print again; whether migration fines appear in the egov.kz search; and whether every egov.kz service works for foreigners.
    .body =
        ## Why it matters
        A man from Mali says he paid a fine in 2007. Two years later the migration police said they had no record of it, and his renewal was held up. In a case from 2020, a district court in Karaganda ordered the expulsion of a foreigner, partly because a fine had not been paid. The Supreme Court later upheld the decision.

        ## Check for unpaid fines
        - On egov.kz, the service "Searching and payment for the administrative forfeits" finds fines by your IIN, or by your name and date of birth. It covers administrative fines, not only traffic fines.
        - Your egov.kz personal account shows whether you are in the register of debtors.
        - A fine must be paid within **30 days** after the decision enters into force (KoAP Art. 893). A fine not paid on time can be collected by force, and the person goes into a central database of debtors.

        > [!TIP]
        > Check at least two months before your card or passport ends. Then you have time to find proof.

        ## If you paid on egov.kz
        The result of the payment is an electronic receipt. The bank sends the money on within 2 working days. Log in and look for the payment. If you can, save or print the receipt again.

        ## If you paid at a bank or in a bank app
        Ask your bank for a statement or a copy of the payment. It should show the date, the amount and who received the money. Keep it with the decision on the fine.

        ## Ask the office that fined you
        Hand in a [written appeal](article:kz-written-appeal) to the office that fined you. Ask for a written answer that the fine was paid, or that you owe nothing. Give the number and date of the decision, and attach copies of your proof. Keep the slip.

        ## What to do now
        1. Search your phone: SMS, bank app, email and photos.
        2. Check egov.kz for unpaid fines with your IIN.
        3. Get a bank statement that shows the payment.
        4. Hand in a written request to the office that fined you, and keep the slip.
        5. If they still ask you to pay again, [complain to the prosecutor](article:kz-prosecutor-complaint) and get [legal help](article:kz-legal-aid).
        6. From now on, save every receipt in the app's vault: see [keep your proof](article:kz-proof-of-payment).
