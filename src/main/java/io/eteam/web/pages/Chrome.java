package io.eteam.web.pages;

import io.eteam.people.Person;
import io.eteam.web.Sessions;

/// What frames every page: its title, who is signed in (nobody on the sign-in page), the CSRF
/// token their forms carry, and the id of the latest event when the page was read, from
/// which it follows changes (PAGE-5).
public record Chrome(String title, Person me, String csrf, String since) {

    static Chrome of(String title, Sessions.Session session, String since) {
        return new Chrome(title, session.person(), session.csrf(), since);
    }

    static Chrome anonymous(String title) {
        return new Chrome(title, null, "", "");
    }

    public boolean signedIn() {
        return me != null;
    }

    public boolean chair() {
        return me != null && me.isChair();
    }
}
