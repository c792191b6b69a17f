package dev.migrations.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /users} with {@code {"email":"...","name":"..."}} (or the same as a form): creates the user and answers
 * 201 with the profile the trigger made for it; 409 when the email is taken, 400 for a bad body. The body is read
 * as it came, so that JSON sent with a form's content type ({@code curl -d}) is still read as JSON.
 *
 * @param profiles the repository that creates users
 * @param fields   reads the request body
 */
@RestController
public record UsersController(ProfileRepository profiles, RequestFields fields) {

    private static final int MAX_BODY = 16 * 1024;
    private static final String CHECK_VIOLATION = "23514";

    @PostMapping("/users")
    public ResponseEntity<Object> create(@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
            String contentType, InputStream body) throws IOException {
        NewUser user = NewUser.of(fields.parse(contentType, read(body)));
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(profiles.createUser(user));
        } catch (DuplicateKeyException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(new ApiError("a user with email " + user.email() + " already exists"));
        } catch (DataIntegrityViolationException e) {
            if (sqlState(e).filter(CHECK_VIOLATION::equals).isPresent()) {
                return ResponseEntity.badRequest().body(new ApiError("'" + user.email() + "' is not an email address"));
            }
            throw e;
        }
    }

    private static String read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new IllegalArgumentException("request body larger than " + MAX_BODY + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Optional<String> sqlState(DataIntegrityViolationException e) {
        return e.getMostSpecificCause() instanceof SQLException sql ? Optional.ofNullable(sql.getSQLState())
                : Optional.empty();
    }
}
