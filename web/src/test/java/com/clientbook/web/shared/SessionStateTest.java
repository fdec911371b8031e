package com.clientbook.web.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The web application is distributable (web.xml): a session may move to another instance, through Payara's data grid,
 * so everything kept in it must serialize. The session holds the signed-in person, JSF's view state and the
 * view-scoped beans; there are no session-scoped beans. Every view- or session-scoped bean is Serializable, and each
 * field it keeps is injected (the container's proxies serialize), transient, or of a type that serializes: a field of
 * a concrete type that does not would fail the session's replication at the end of the request.
 */
class SessionStateTest {

    @Test
    void everythingABeanKeepsInTheSessionSerializes() throws Exception {
        List<Class<?>> beans = sessionBeans();
        assertFalse(beans.isEmpty(), "found the view-scoped beans");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!serializes(field)) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + " (" + field.getType().getName() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "what a session would keep but could not replicate");
    }

    private static boolean serializes(Field field) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)
                || field.isAnnotationPresent(EJB.class) || field.isSynthetic()) {
            return true;
        }
        // List<ImportView>: what the collection holds must serialize too
        if (field.getGenericType() instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                if (argument instanceof Class<?> element && !serializes(element)) {
                    return false;
                }
            }
        }
        return serializes(field.getType());
    }

    /** An interface (List, Map) or abstract type says nothing of the object it holds; the rest must be Serializable. */
    private static boolean serializes(Class<?> type) {
        return type.isPrimitive() || type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isEnum()
               || Serializable.class.isAssignableFrom(type);
    }

    private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(SessionStateTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
