article-kz-visa-free-stay =
    .title = Visa-free stay: 30 days per entry, 90 days in 180
    .summary = Without a visa you may usually stay up to 30 days per entry and 90 days in any 180 days; citizens of EAEU countries may stay 90 days in 180.
    .unverified = Not yet confirmed: the stay limits for citizens of Kyrgyzstan under the bilateral agreement (sources say 90 or 180 days), and the full text of Article 517 of the Code of Administrative Offences (parts 1 and 2, and the penalties for overstays of more than 5 days).
    .body =
        ## The basic rule
        If you come to Kazakhstan without a visa, you may stay:

        - up to **30 days** for each entry, and
        - up to **90 days** in total in any **180 days**.

        This rule has applied since 27 January 2023. Leaving and coming straight back ("visa runs") no longer starts a new count. Citizens of Uzbekistan and Tajikistan follow this 30/90/180 rule.

        ## Citizens of EAEU countries
        Citizens of Russia, Kyrgyzstan, Belarus and Armenia (the Eurasian Economic Union) may stay **90 days in any 180 days**.

        Kyrgyzstan also has a bilateral agreement with Kazakhstan. One source says: 30 days without registration, then up to 90 days, which can be extended. Another source says 180 days. This is not confirmed.

        ## Who this does not apply to
        These limits are not for people who hold a residence permit or a visa.

        ## Work or study
        To stay more than 30 days to work or study, you need a temporary residence permit.

        > [!WARNING]
        > Leave on time. Under Article 517, part 3, of the Code of Administrative Offences, staying up to 3 days too long brings a warning. Staying 3 to 5 days too long brings a fine of **10 MRP**. The rules for longer overstays are not confirmed yet: do not take the risk.

        ## What to do now
        1. Count your days. Write down every date you enter and leave Kazakhstan.
        2. Check that your host has reported your stay: see [host notification](article:kz-host-notification).
        3. If you need to stay longer to work or study, ask about a temporary residence permit well before your days run out.

        See also [paying fines](article:kz-paying-fines) and [expulsion](article:kz-expulsion).
