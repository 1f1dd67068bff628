/// The built-in templates of `grapevine draft`: plain-text messages with a `Subject:` line
/// first, one line per paragraph so they paste cleanly into an email.
///
/// `init` writes them into `.grapevine/templates/` with the note templates, where users can
/// change them. Text in [square brackets] is for the user to replace before sending. Values
/// that are empty are absent, so `{{#openings_list}}…{{/openings_list}}` writes nothing when
/// there are no openings. Each template ends with a Mustache comment listing its values.
public enum DraftTemplates {
    /// File name and text of each template.
    public static let all: [(file: String, text: String)] = [
        ("thank-you.md", thankYou), ("update.md", update), ("outreach.md", outreach),
        ("follow-up.md", followUp), ("tell-referrer.md", tellReferrer),
    ]

    static let thankYou = """
        Subject: Thank you, {{greeting_name}}

        Hi {{greeting_name}},

        Thank you for taking the time to talk with me {{when}}. [Say what you learned and what you will do with it, in your own words.{{#highlight}} From your notes: "{{highlight}}"{{/highlight}}]
        {{#suggested_list}}

        Thank you also for suggesting I talk to {{suggested_list}}.{{#met_list}} I met {{met_list}}.{{/met_list}}{{#reached_list}} I have already reached out{{^reached_all}} to {{reached_list}}{{/reached_all}}{{#reached_all}}{{#several_reached}} to each of them{{/several_reached}}{{/reached_all}}.{{/reached_list}}{{#referrals_list}} I will mention your name when I get in touch{{#some_contacted}} with {{referrals_list}}{{/some_contacted}}.{{/referrals_list}}
        {{/suggested_list}}
        {{#resources_list}}

        {{#resources_to_do_list}}I will {{resources_to_do_list}}, as you recommended.{{#resources_to_look_into_list}} I will also look into {{resources_to_look_into_list}}.{{/resources_to_look_into_list}}{{/resources_to_do_list}}{{^resources_to_do_list}}{{#resources_to_look_into_list}}I will look into {{resources_to_look_into_list}}, as you recommended.{{/resources_to_look_into_list}}{{/resources_to_do_list}}{{#resources_already_done_list}}{{#resources_open}} I have already {{resources_already_done_list}}.{{/resources_open}}{{^resources_open}}I have already {{resources_already_done_list}}, as you recommended.{{/resources_open}}{{/resources_already_done_list}}
        {{/resources_list}}
        {{#attach_resume}}

        As you asked, I have attached my resume.
        {{/attach_resume}}
        {{#resume_sent_on}}

        As you asked, I sent you my resume {{resume_sent_on}}.
        {{/resume_sent_on}}
        {{#resume_asker_unknown}}

        [Someone you met asked for your resume, and your notes do not say who{{#resume_went_out_on}}; it went out {{resume_went_out_on}}{{/resume_went_out_on}}. If it was {{first_name}}, say so here; else leave this out.]
        {{/resume_asker_unknown}}
        {{#openings_list}}

        I would also like to apply for the opening{{#several_openings}}s{{/several_openings}} you mentioned: {{openings_list}}.
        {{/openings_list}}

        Thank you again for your time and advice.

        Best regards,
        {{owner}}
        {{!
        Values: name, first_name, greeting_name ("Dr. Obi", else the first name), title,
        organization, owner, today; the interview: interview_date, when ("yesterday", "on
        Wednesday, 14 October"), interview_file; highlight (the first sentence of its Notes; with
        several people, never one another of them said) and shared (all of its Notes items); suggested and suggested_list (the people they suggested, whether
        or not you had reached them already), each in one of: met and met_list (those you have met:
        "Sam Reyes on Friday, 23 October"), reached and reached_list (those you wrote to or heard
        from), reached_all (every one suggested is one of them: "I have already reached out.", not
        the names again), several_reached, referrals and referrals_list (those not contacted yet: only of them is "I will
        mention your name" true); some_contacted (met or reached is not empty);
        resources and resources_list (what they recommended, each as a thing: "reading "Mismatch""),
        split into resources_to_do and resources_to_do_list (the items that say what to do, as
        actions: "read "Mismatch" and join the Civic Tech Slack") and resources_to_look_into and
        resources_to_look_into_list (the others, as written), neither with the items ticked done,
        resources_open (either has one), resources_already_done and resources_already_done_list
        (the ticked ones, after "I have": "read "Mismatch"", "looked into the 18F guide"); openings, openings_list (the open
        Leads, "; " between them) and several_openings; attach_resume (they asked, it is not sent
        yet) or resume_sent_on ("yesterday", "on Thursday, 15 October"), neither when another of
        the people met asked; resume_asker_unknown (someone met with them asked, and the notes do
        not say who: a "sent resume" Log entry on whoever got it, or "Lee: send me your resume" in
        the Notes, tells) and resume_went_out_on (resume_sent of the interview, in words).
        }}

        """

    static let update = """
        Subject: What I did with your advice

        Hi {{greeting_name}},

        When we talked {{when}}, you gave me a lot to think about, and I wanted to tell you what I have done with your advice since.
        {{#contacted_list}}

        I got in touch with {{contacted_list}}, as you suggested. Thank you for the name{{#several_contacted}}s{{/several_contacted}}.
        {{/contacted_list}}
        {{#resources_read_list}}

        I read what you recommended: {{resources_read_list}}.
        {{/resources_read_list}}
        {{#resources_followed_up_list}}

        As you recommended, I have {{resources_followed_up_done_list}}.
        {{/resources_followed_up_list}}
        {{#leads_applied_list}}

        I applied for the opening{{#several_leads_applied}}s{{/several_leads_applied}} you mentioned: {{leads_applied_list}}.
        {{/leads_applied_list}}
        {{#leads_followed_up_list}}

        I followed up on the opening{{#several_leads_followed_up}}s{{/several_leads_followed_up}} you mentioned: {{leads_followed_up_list}}.
        {{/leads_followed_up_list}}
        {{#met_since_list}}

        Since we talked I have met {{met_since_list}}.
        {{/met_since_list}}
        {{#not_contacted_list}}

        [Not contacted yet: {{not_contacted_list}}. Get in touch before you send this, or leave this out.]
        {{/not_contacted_list}}
        {{#nothing_yet}}

        [Nothing is recorded since your talk: say what you did with their advice, whom you talked to, what you read, events you went to.]
        {{/nothing_yet}}
        {{#search_ended}}

        My search came to an end {{search_ended}}: [say how it ended: the role you took, and where]. Your advice was part of it.
        {{/search_ended}}

        Thank you again for your help.{{^search_ended}} I will keep you posted.{{/search_ended}}

        Best regards,
        {{owner}}
        {{!
        Values: name, first_name, greeting_name, title, organization, owner, today; the interview:
        interview_date, when (for one update of several meetings, every day: "on Wednesday, 14 October
        and on Wednesday, 18 November"), interview_file; contacted and contacted_list (the people they suggested whom you
        have been in touch with since, each met since with the day: "Jess Moreno (we met on Tuesday, 20 October)"), several_contacted; not_contacted, not_contacted_list;
        resources_done, resources_done_list; leads_done, leads_done_list, several_leads_done; those
        split by what the Log says you did: resources_read (a "read" entry names them) and
        resources_followed_up (also said done, after "I have": resources_followed_up_done), leads_applied (an "applied" entry names them) and
        leads_followed_up, each with its _list and several_;
        met_since, met_since_list (everyone else you have met since, whoever gave you their names: "Sam
        Reyes on Friday, 23 October", "; " between them);
        nothing_yet; search_ended (search_ended in .grapevine/config.yml, once that day has come, in
        words: "on Friday, 4 December").
        }}

        """

    static let outreach = """
        Subject: {{#referrers_list}}{{referrers_list}} suggested I get in touch{{/referrers_list}}{{^referrers_list}}A question about your work{{#organization}} at {{organization}}{{/organization}}{{/referrers_list}}

        Hi {{greeting_name}},

        {{connection}} {{about_me}} I would love to hear about your work{{#title}} as {{title}}{{/title}}{{#organization}} at {{organization}}{{/organization}} and how you got started.

        Would you have 20 minutes for a call in the next couple of weeks?

        Best regards,
        {{owner}}
        {{!
        The method: under 100 words, the connection first, never a request for a job, and a
        question they can say yes to.
        Values: name, first_name, greeting_name, title, organization, owner, today; referrers and
        referrers_list (who gave you their name); source (how you found them otherwise);
        connection (a sentence naming the referrer, else recalling where you met them when the
        source or a `met` Log entry says you did, "It was good to meet you at the meetup.", else the source; for a LinkedIn connection, a
        [reminder] to say how you know each other); about_me (the first sentence of your pitch
        when it is short and about you, else a [placeholder]).
        }}

        """

    static let followUp = """
        Subject: Following up{{#referrers_list}}: {{referrers_list}} suggested I get in touch{{/referrers_list}}

        Hi {{greeting_name}},

        I {{first_message_how}}{{^first_message_how}}wrote to you{{/first_message_how}} on {{first_message_date}}{{^first_message_date}}[the day]{{/first_message_date}}{{#referrers_list}}; {{referrers_list}} suggested I get in touch with you{{/referrers_list}}. I know how full inboxes get, so I wanted to follow up in case my message got lost.

        I would still love to hear about your work{{#organization}} at {{organization}}{{/organization}}. Would you have 20 minutes for a call in the next few weeks? If now is not a good time, I understand.
        {{#move_on}}

        [You already followed up {{followed_up}}, last on {{last_message_date}}: time to move on. Write to someone else at their organization, or to another referral, instead of sending this.]
        {{/move_on}}

        Best regards,
        {{owner}}
        {{!
        The method: one short, friendly follow-up about 7 business days after a message that got
        no answer, then move on.
        Values: name, first_name, greeting_name, title, organization, owner, today; referrers and
        referrers_list (who gave you their name); the first message that got no answer:
        first_message_date ("Tuesday, 1 December"), first_message_how ("emailed you", "called
        you", "sent you a message", "wrote to you"; its Log text is a note to yourself, and no
        value);
        followed_up ("once", "twice", "3 times": the follow-ups sent since) and last_message_date;
        move_on (you sent max_follow_ups follow-ups already).
        }}

        """

    static let tellReferrer = """
        Subject: I met {{met_list}}{{^met_list}}[the person you suggested]{{/met_list}}, thanks to you

        Hi {{greeting_name}},

        Thank you for suggesting I talk to {{met_list}}{{^met_list}}[them]{{/met_list}}. I wanted to let you know how it went.
        {{#met}}

        I met {{name}}{{#at}} at {{at}}{{/at}} {{when}}. [Say what you learned, in a sentence or two.{{#highlight}} From your notes: "{{highlight}}"{{/highlight}}]{{#referrals_list}} {{first_name}} suggested I talk to {{referrals_list}} next.{{/referrals_list}}{{#leads_list}} {{first_name}} also told me about the opening{{#several_leads}}s{{/several_leads}}: {{leads_list}}.{{/leads_list}}
        {{/met}}
        {{#others_list}}

        I have also met {{others_list}}.
        {{/others_list}}

        Thank you again for the name{{#several_met}}s{{/several_met}}. I will keep you posted.

        Best regards,
        {{owner}}
        {{!
        The method: let the person who referred you know when you met their referral.
        Values: name, first_name, greeting_name, title, organization, owner, today (of the
        referrer); met_list (the people they suggested whom you have met: those met since you last
        thanked or updated them, else all, at most 3, the latest), several_met, others_list (the
        earlier of those, named) and others (how many: "one", "two"); met, one entry each with
        name, first_name, at (their organization), when ("yesterday", "on Friday, 23 October"),
        interview_date, interview_file, highlight (the first sentence of the interview's Notes,
        never one another person met said), referrals and referrals_list (the people they
        suggested in turn), leads and leads_list (the openings they mentioned, "; " between them),
        several_leads.
        }}

        """
}
