package eu.art28.platform.boundary;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import eu.art28.platform.control.StatementCount;

/**
 * In the test servers only ({@link StatementCount}): the SQL statements a page made, as a comment after its HTML
 * ({@code <!-- X-SQL-Statements: 12 -->}), for the test that a page makes as many whatever the registry holds. A
 * comment and not a header, because a page has sent its headers long before it is rendered; after the document's
 * end, where a browser ignores it. Never on Ajax answers (XML) or files.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PageStatements extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!StatementCount.on() || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        StatementCount.start();
        try {
            chain.doFilter(request, response);
        } finally {
            String comment = "<!-- " + StatementCount.HEADER + ": " + StatementCount.stop() + " -->";
            String type = response.getContentType();
            if (response.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")) {
                try {
                    response.getWriter().print(comment);
                } catch (IllegalStateException wroteBytes) {
                    response.getOutputStream().print(comment);
                }
            }
        }
    }
}
