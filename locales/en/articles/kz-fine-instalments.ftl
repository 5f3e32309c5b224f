article-kz-fine-instalments =
    .title = Cannot pay a fine at once? Postpone it or pay in instalments
    .summary = You can ask to postpone a fine for up to 1 month, or to pay it in instalments over up to 3 months (KoAP Art. 888).
    .keywords = installments, payment plan, pay in parts, pay later, deferral, defer payment, more time to pay, cannot afford fine, no money to pay, partial payment, Article 888, instalment, postponement, pay monthly, split the fine, pay bit by bit, extension to pay, delay the fine
    .unverified = The 30 days (KoAP Art. 893 part 1) are reported by the police and lawyers, not read in the official text. Not confirmed: the day a decision enters into force; whether the 7 days for paying half are calendar days or working days (egov.kz says working days, police say full days: count calendar days, the earlier date); and whether paying half is possible for offences about stay and registration.
    .body =
        ## What the law says
        Article 888 of the Code of Administrative Offences allows:

        - a **postponement** of up to **1 month**; or
        - payment in **instalments** over up to **3 months**.

        ## The deadlines
        - In some cases you may pay **half** the fine within **7 days** from the protocol, if the fine is the only penalty, you admit the offence and you do not contest the evidence (KoAP Art. 810–811). Count calendar days. Paying half means you accept the offence.
        - If you think the fine is wrong, appeal within **10 days** of receiving a copy of the decision.
        - A fine is to be paid within **30 days** after the decision enters into force (KoAP Art. 893 part 1). To be safe, count from the day you received the decision. Ask for more time **before** the 30 days end.

        See [fine deadlines](article:kz-fine-deadline).

        ## Ask, do not just wait
        An unpaid fine can count against you. In a case from 2020, a district court in Karaganda ordered the expulsion of a foreigner, partly because a fine had not been paid. The Supreme Court later upheld the decision. If you cannot pay, ask for more time.

        ## How to pay
        - Pay through the **egov.kz payment gateway**. The commission is 100 KZT.
        - Pay each instalment through an official channel, and keep each receipt.
        - Never hand cash to an officer or an official.

        > [!TIP]
        > Fines are counted in MRP. In 2026, 1 MRP is 4,325 KZT. So a fine of 10 MRP is 43,250 KZT.

        ## What to do now
        1. Read the decision on the fine. Write down the date you received it.
        2. Write a request that refers to Article 888 of the Code of Administrative Offences. Say why you cannot pay at once, and whether you ask for a postponement or for instalments.
        3. Ask the office that fined you where to hand in the request. Hand it in in person, and get the slip: see [filing a written appeal](article:kz-written-appeal).
        4. Keep a copy of your request and of the answer.
        5. Pay on time, as agreed. Save every receipt in the app's vault: see [proof of payment](article:kz-proof-of-payment).

        If you think the fine is wrong, appeal within 10 days of receiving a copy of the decision: see [appealing a fine](article:kz-appeal-fine).
