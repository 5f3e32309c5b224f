article-intl-un-complaints =
    .title = Complaining to the UN Human Rights Committee
    .summary = Under the First Optional Protocol to the ICCPR, you can send an individual complaint to the UN Human Rights Committee, once you have used the remedies available in Kazakhstan. It must be about what the state did, or failed to do, after the Protocol came into force for Kazakhstan.
    .keywords = UN complaint, United Nations, individual communication, Optional Protocol, petition to UN, international complaint, exhaust remedies, domestic remedies, human rights violation, last resort, UN committee, OHCHR, Geneva, international court, all appeals failed, lost in Supreme Court, complain outside Kazakhstan, treaty body
    .unverified = Not confirmed: the date the Optional Protocol came into force for Kazakhstan. Kazakhstan ratified it by a law of 11 February 2009; under the Protocol it applies three months after a state deposits its ratification, and we did not find that date.
    .body =
        ## What it is
        Kazakhstan joined the First Optional Protocol to the International Covenant on Civil and Political Rights (Law No. 130-IV of 11 February 2009). Under it, a person can send an **individual complaint** to the UN Human Rights Committee. The complaint says that the state violated a right in the Covenant.

        ## The main conditions
        - The complaint is **written**. It may not be anonymous (Optional Protocol, Art. 2 and 3).
        - You must first use **all remedies available in Kazakhstan**, such as appeals, complaints and courts (Art. 2 and 5(2)(b)). This does not apply when they take unreasonably long.
        - The same matter must not be under examination in another international procedure (Art. 5(2)(a)).
        - The complaint may be only about what the state did, or failed to do, **after** the Protocol came into force for Kazakhstan: its acts, decisions and failures to act. Kazakhstan made this declaration when it ratified the Protocol (Law No. 130-IV). The exact date the Protocol came into force for Kazakhstan is not confirmed.

        ## What happens then
        The Committee examines the complaint. It sends its views to the state and to the person who complained (Art. 5(4)).

        In 2016 the Committee was concerned about forced labour and abuse of migrant workers in Kazakhstan at work, such as poor and dangerous conditions, late pay and the taking of their identity documents.

        > [!WARNING]
        > A complaint to the UN comes after the remedies in Kazakhstan, not instead of them. Do not miss the deadlines in Kazakhstan.

        ## What to do now
        1. Keep every paper from your case in Kazakhstan: decisions, appeals, slips and court rulings.
        2. Appeal on time: see [appealing a fine](article:kz-appeal-fine) and [complaining to the prosecutor's office](article:kz-prosecutor-complaint).
        3. If all remedies in Kazakhstan have failed, ask a lawyer or a legal-aid organisation to help you with a UN complaint: see [legal aid](article:kz-legal-aid).
