article-kz-fine-deadline =
    .title = Fine deadlines: when to pay, and what happens if you are late
    .summary = If you think the fine is wrong, appeal within 10 days. Otherwise pay within 30 days after the decision enters into force. After that, a bailiff can collect the fine by force, with an extra fee.
    .keywords = overdue fine, late payment, unpaid fine, debt collector, frozen bank account, blocked account, forced collection, enforcement, pay half, 50 percent, payment deadline, debt, shtraf, deadline, ChSI, money seized, card blocked, when to pay a fine, forgot to pay fine
    .unverified = Not confirmed: the exact day a decision enters into force (we count from the day you receive it, which is earlier); whether the 7 days for paying half the fine are calendar or working days, and whether half payment is possible for migration offences; whether an unpaid fine can stop you from leaving the country or from renewing your residence card. We found no separate offence for not paying a fine.
    .body =
        ## The deadlines, shortest first
        1. **7 days: paying half.** In some cases you may pay **50%** of the fine within **7 days** from the protocol (KoAP Art. 810–811). Only if the penalty is a fine, you admit the offence and you do not challenge the evidence. Not if another penalty, such as expulsion, is also imposed. Count 7 calendar days to be safe.
        2. **10 days: appeal.** If you think the fine is wrong, appeal within **10 days** of receiving a copy of the decision. Count calendar days. See [appealing a fine](article:kz-appeal-fine).
        3. **30 days: pay in full.** Pay **not later than 30 days** after the decision enters into force (KoAP Art. 893). Count the 30 days from the day you received the decision, or pay at once.

        > [!WARNING]
        > Paying half means you accept the offence. If you want to appeal, do not pay half.

        ## If you cannot pay in time
        Ask for a postponement of up to 1 month or for instalments over up to 3 months (KoAP Art. 888). Ask **before** the 30 days end. See [postponing a fine](article:kz-fine-instalments).

        ## If the 30 days pass
        - The decision can be sent for **forced collection**, for example to a private bailiff.
        - A bailiff can freeze your money, bank accounts and property.
        - You then also pay the **bailiff's fee**: for a debt of up to 60 MRP, it is **25%** of the sum.
        - In a case from 2020, a district court in Karaganda ordered the expulsion of a foreigner, partly because a fine had not been paid. The Supreme Court later upheld the decision.
        - Lawyers report that unpaid fines can also cause trouble at the border. This is not confirmed.

        ## Check your fines
        You can search your fines on egov.kz by IIN, or by name and date of birth, and pay there. The commission is 100 KZT. A fine you think you paid may still show as unpaid: keep the receipt. See [proof of payment](article:kz-proof-of-payment).

        ## What to do now
        1. Write down the day of the protocol and the day you received the decision. Set reminders for day 7 after the protocol, and for day 10 and day 30 after you received the decision.
        2. If you think the fine is wrong, appeal before day 10.
        3. If you agree and can pay, pay through an official channel: see [paying fines](article:kz-paying-fines).
        4. Save the receipt in the app's vault and on paper.
        5. If you cannot pay, ask for more time before day 30.
        6. If a bailiff contacts you, ask for the papers, pay only through official channels and keep every receipt. Ask for [legal aid](article:kz-legal-aid).
