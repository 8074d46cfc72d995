package eu.art28.platform.control;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Counts the SQL statements the current request sends to the database, for the test that a page makes as many
 * whatever its size (docs/decisions.md, "A fixed number of statements per page"). Off unless the JVM starts with
 * {@code -Dart28.test.count-statements=true}, as the test servers do: then {@link ConfiguredDataSource} hands out
 * connections whose statements count every execution on the thread that runs them. A thread-local like
 * {@link Timings}: timers and start-up run the same code with nobody counting.
 */
public final class StatementCount {

    public static final String SWITCH = "art28.test.count-statements";
    /** The response header that carries the count, in the test servers only. */
    public static final String HEADER = "X-SQL-Statements";
    private static final boolean ON = Boolean.getBoolean(SWITCH);
    private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();

    private StatementCount() {
    }

    public static boolean on() {
        return ON;
    }

    public static void start() {
        if (ON) {
            CURRENT.set(new int[1]);
        }
    }

    /** The statements executed since {@link #start()}; counting ends. */
    public static int stop() {
        int[] count = CURRENT.get();
        CURRENT.remove();
        return count == null ? 0 : count[0];
    }

    static Connection counting(Connection connection) {
        return ON ? proxy(Connection.class, connection, new Counting(connection)) : connection;
    }

    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    /** Wraps the statements a connection creates; on a statement, counts every {@code execute...}. */
    private record Counting(Object target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            Object result;
            try {
                result = method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (target instanceof Statement && method.getName().startsWith("execute")) {
                int[] count = CURRENT.get();
                if (count != null) {
                    count[0]++;
                }
            }
            if (result instanceof CallableStatement call) {
                return proxy(CallableStatement.class, call, new Counting(call));
            }
            if (result instanceof PreparedStatement prepared) {
                return proxy(PreparedStatement.class, prepared, new Counting(prepared));
            }
            if (result instanceof Statement statement && target instanceof Connection) {
                return proxy(Statement.class, statement, new Counting(statement));
            }
            return result;
        }
    }
}
