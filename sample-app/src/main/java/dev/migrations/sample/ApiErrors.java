package dev.migrations.sample;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;

/**
 * The API's error answers, all {@link ApiError} JSON: bad input 400, an unknown path 404, a wrong method 405 (with
 * {@code Allow}), database failures 503, anything else 500.
 */
@RestControllerAdvice
public class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(new ApiError(e.getMessage()));
    }

    @ExceptionHandler(NoHandlerFoundException.class)
    ResponseEntity<ApiError> notFound(NoHandlerFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("no such path: " + e.getRequestURL()
                + "; try GET /health, GET /profiles or POST /users"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        String allowed = Stream.of(e.getSupportedMethods() == null ? new String[0] : e.getSupportedMethods())
                .collect(Collectors.joining(", "));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, allowed)
                .body(new ApiError("use " + allowed + " " + request.getRequestURI()));
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ApiError> databaseUnavailable(DataAccessException e, HttpServletRequest request) {
        LOG.warn("{} {} failed: {}", request.getMethod(), request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new ApiError("database unavailable: " + e.getMostSpecificCause().getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> internalError(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            // another mistake of the request that Spring MVC names itself (unreadable headers, ...)
            return ResponseEntity.status(known.getStatusCode()).body(new ApiError(known.getBody().getDetail()));
        }
        LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(new ApiError("internal error"));
    }
}
