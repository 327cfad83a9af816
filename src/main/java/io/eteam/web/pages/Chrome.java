package io.eteam.web.pages;

import io.eteam.people.Person;
import io.eteam.web.Sessions;

/// What frames every page: its title, who is signed in (nobody on the sign-in page) and the
/// CSRF token their forms carry.
public record Chrome(String title, Person me, String csrf) {

    static Chrome of(String title, Sessions.Session session) {
        return new Chrome(title, session.person(), session.csrf());
    }

    static Chrome anonymous(String title) {
        return new Chrome(title, null, "");
    }

    public boolean signedIn() {
        return me != null;
    }

    public boolean chair() {
        return me != null && me.isChair();
    }
}
