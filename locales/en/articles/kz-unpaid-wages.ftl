article-kz-unpaid-wages =
    .title = Unpaid wages, no contract, passport taken: your rights at work
    .summary = Your employer must pay you at least once a month, by the 10th of the next month. You can complain to the labour inspection. If you were dismissed, act within 1 month; a claim for unpaid wages must be brought within 1 year.
    .keywords = boss won't pay, salary not paid, unpaid salary, wage theft, late salary, employer owes money, fired, unfair dismissal, labor inspection, overtime, forced labor, human trafficking, labor dispute, payslip, conciliation commission, no salary, boss cheated me, working for free, exploitation, threatened by boss
    .unverified = Not confirmed: that the Labour Code covers every foreign worker (a law firm says it covers foreigners who work under an employment contract); how to complain online to the labour inspection and how fast it must answer; whether any rule expressly forbids an employer to keep your passport (we found none that allows it); whether a worker without a valid permit can complain without risk. No phone numbers of labour inspections were confirmed.
    .body =
        ## The deadlines, shortest first
        - **Dismissed and want your job back:** **1 month** to the conciliation commission, from the day you receive (or are sent by registered mail) a copy of the employer's order ending your contract. Then 2 months to court, from the day you receive the commission's decision. Where you may go straight to court: 3 months from the day you receive the order (Labour Code Art. 160).
        - **Unpaid wages, overtime and other disputes:** **1 year** from the day you knew, or should have known, of the violation (Labour Code Art. 160).

        ## What the law says
        - The employment contract is written, in at least two copies, and **one copy is yours** (Art. 33).
        - No contract through the employer's fault? The employer is liable, and your work counts from the **first day you worked** (Art. 33).
        - Wages are paid in tenge **at least once a month**, not later than the first 10 days of the next month. For late pay, the employer also owes interest for each day (Art. 113).
        - Overtime needs your **written consent**: at most 2 hours a day, 12 hours a month, 120 hours a year (Art. 77–78). It is paid at least **1.5 times** your rate (Art. 108).
        - An employer who does not pay wages can be fined (KoAP Art. 87).

        ## Where to complain
        1. **Labour inspection:** the department of the Committee of State Labour Inspection in your region. It can check the employer and order payment. You can write to it, or use e-Otinish or the appeals section of egov.kz.
        2. **Conciliation commission** at the workplace. Micro-enterprises, small non-profits and employers of domestic workers have none: then go to court.
        3. **Court.** If you have no papers at all, the court can decide whether you were employed.

        ## Passport taken, or not free to leave
        Reports say employers often take migrant workers' passports. Forced labour is prohibited (Art. 7). The law against human trafficking covers exploiting a person through threats, deception or dependence. A US government report says foreign victims can get temporary residence with the right to work. See [when someone keeps your passport](article:kz-passport-confiscation).

        > [!WARNING]
        > If you are threatened, locked in, or not paid at all, this may be forced labour. Go to the police or to your consulate, and ask for [legal aid](article:kz-legal-aid).

        ## What to do now
        1. Write down: the employer's name and address, your dates, hours and the pay promised.
        2. Keep proof: photos, messages, payslips, names of witnesses. Save them in the app's vault.
        3. Ask your employer in writing for your copy of the contract and your pay. Keep a copy.
        4. Complain to the labour inspection. Keep the slip or the registration number: see [filing a written appeal](article:kz-written-appeal).
        5. Mark the deadlines, shortest first: 1 month after a dismissal, 1 year for wages.
        6. If your stay papers are not in order, ask for legal aid before you complain.
