package org.camelvzaps.consumer;

import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.camel.Service;
import org.apache.camel.StatefulService;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.camelvzaps.client.VZapsConfigurationException;

/**
 * Who starts and stops the repositories webhook and realtime routes are given, when one bean serves several routes. The first
 * route that uses a repository starts it unless it already runs; the last one to let go stops it, and only if a route
 * started it: a repository the application started (or that its container manages) is left running. So a route
 * that stops never stops a repository under another route's feet, and a {@code FileStateRepository} rewrites its
 * file once, when no route writes to it any more. Two {@code FileStateRepository} beans on one file are refused:
 * each rewrites the whole file from its own cache when it stops, so the last to stop would erase the other's cursors.
 */
public final class RepositoryLeases {

    private static final Map<Object, Lease> LEASES = new IdentityHashMap<>();
    private static final Map<File, FileStateRepository> FILES = new HashMap<>();

    private static final class Lease {
        int users;
        boolean startedHere;
        File file;
    }

    private RepositoryLeases() {
    }

    /** Starts {@code repository} for a route unless it runs already; refuses a second file repository on one file. */
    public static synchronized void acquire(Object repository) {
        if (repository == null) {
            return;
        }
        Lease lease = LEASES.get(repository);
        if (lease == null) {
            lease = new Lease();
            if (repository instanceof FileStateRepository files && files.getFileStore() != null) {
                File file = canonical(files.getFileStore());
                FileStateRepository other = FILES.get(file);
                if (other != null && other != repository) {
                    throw new VZapsConfigurationException("Two FileStateRepository beans are in use on the file " + file
                            + ": each rewrites the whole file from its own cache when it stops, so one would erase the "
                            + "other's cursors. Give every route that keeps its cursor in this file the same, one "
                            + "FileStateRepository bean (the cursor keys never collide), or give each bean its own file");
                }
                FILES.put(file, files);
                lease.file = file;
            }
            lease.startedHere = !(repository instanceof StatefulService stateful && stateful.isStarted());
            if (lease.startedHere) {
                try {
                    ServiceHelper.startService(repository);
                } catch (RuntimeException e) {
                    FILES.remove(lease.file);
                    throw e;
                }
            }
            LEASES.put(repository, lease);
        }
        lease.users++;
    }

    /** Lets go of {@code repository}; the last route to let go stops it if a route started it. */
    public static synchronized void release(Object repository) {
        Lease lease = repository == null ? null : LEASES.get(repository);
        if (lease == null || --lease.users > 0) {
            return;
        }
        LEASES.remove(repository);
        if (lease.file != null) {
            FILES.remove(lease.file);
        }
        if (lease.startedHere && repository instanceof Service) {
            ServiceHelper.stopService(repository);
        }
    }

    private static File canonical(File file) {
        try {
            return file.getCanonicalFile();
        } catch (IOException e) {
            return file.getAbsoluteFile();
        }
    }
}
