package eu.art28.accounts.control;

/** A login throttle with its window and lockout set, for the tests of other doors that count with it. */
public final class ThrottleFixture {

    private ThrottleFixture() {
    }

    public static LoginThrottle loginThrottle(int windowMinutes, int lockoutMinutes) {
        LoginThrottle throttle = new LoginThrottle();
        throttle.windowMinutes = windowMinutes;
        throttle.lockoutMinutes = lockoutMinutes;
        return throttle;
    }
}
