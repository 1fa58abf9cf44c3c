using Silk.NET.OpenGL;

namespace Kinora.Render;

/// <summary>
/// A headless OpenGL 4.5 core context with no surface (we draw only into framebuffer objects). It is made
/// current for the length of each call and released after, so the renderer may be driven from any thread
/// (one call at a time), e.g. after an await.
/// </summary>
sealed unsafe class EglContext : IDisposable
{
    const string InstallHint = "install libegl1 libegl-mesa0 libgl1-mesa-dri (Debian/Ubuntu) for the CPU backend, or the NVIDIA driver's EGL for the GPU backend";

    readonly nint display;
    readonly nint context;
    bool disposed;

    public GL Gl { get; }

    /// <summary>"llvmpipe (LLVM 15.0.6, 256 bits), OpenGL 4.5 (Core Profile) Mesa 22.3.6": for logs.</summary>
    public string Description { get; }

    public bool IsSoftware { get; }


    public EglContext(RenderBackend backend)
    {
        try
        {
            display = OpenDisplay(backend);
        }
        catch (DllNotFoundException e)
        {
            throw new RendererUnavailableException($"libEGL.so.1 could not be loaded: {InstallHint}.", e);
        }

        if (Egl.BindApi(Egl.OpenGlApi) == 0)
            throw Fail("eglBindAPI(EGL_OPENGL_API) failed: this EGL has no desktop OpenGL");

        int* configAttributes = stackalloc int[] { Egl.RenderableType, Egl.OpenGlBit, Egl.SurfaceType, 0, Egl.None };
        nint config;
        if (Egl.ChooseConfig(display, configAttributes, &config, 1, out int count) == 0 || count < 1)
            throw Fail("no EGL config with OpenGL and no surface");

        int* contextAttributes = stackalloc int[]
        {
            Egl.ContextMajorVersion, 4, Egl.ContextMinorVersion, 5,
            Egl.ContextOpenGlProfileMask, Egl.ContextOpenGlCoreProfileBit, Egl.None,
        };
        context = Egl.CreateContext(display, config, 0, contextAttributes);
        if (context == 0)
            throw Fail("could not create an OpenGL 4.5 core context (Mesa 20+ or an NVIDIA driver is needed)");
        if (Egl.MakeCurrent(display, 0, 0, context) == 0)
            throw Fail("eglMakeCurrent without a surface failed (EGL_KHR_surfaceless_context missing)");

        Gl = GL.GetApi(name => Egl.GetProcAddress(name));
        string renderer = Gl.GetStringS(StringName.Renderer) ?? "unknown";
        string version = Gl.GetStringS(StringName.Version) ?? "unknown";
        Description = $"{renderer}, OpenGL {version}";
        IsSoftware = renderer.Contains("llvmpipe", StringComparison.OrdinalIgnoreCase) || renderer.Contains("softpipe", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Makes the context current on the calling thread.</summary>
    public void Acquire()
    {
        if (Egl.MakeCurrent(display, 0, 0, context) == 0)
            throw new InvalidOperationException($"eglMakeCurrent failed (EGL error 0x{Egl.GetError():X}): is the renderer being used from two threads at once?");
    }

    /// <summary>Releases the context from the calling thread so that another thread may take it.</summary>
    public void Release() => Egl.MakeCurrent(display, 0, 0, 0);

    static nint OpenDisplay(RenderBackend backend)
    {
        if (backend is RenderBackend.Gpu or RenderBackend.Auto)
        {
            nint d = Egl.GetDisplay(0);
            if (d != 0 && Egl.Initialize(d, out _, out _) != 0)
            {
                string vendor = Egl.Query(d, Egl.Vendor);
                // Auto takes the default display only when it is NVIDIA's: Mesa's default display may want X.
                if (backend == RenderBackend.Gpu || vendor.Contains("NVIDIA", StringComparison.OrdinalIgnoreCase))
                    return d;
                Egl.Terminate(d);
            }
            else if (backend == RenderBackend.Gpu)
            {
                throw new RendererUnavailableException($"GPU backend: eglGetDisplay(EGL_DEFAULT_DISPLAY) could not be initialised (EGL error 0x{Egl.GetError():X}); install the NVIDIA driver's EGL (libnvidia-egl) or use --backend cpu.");
            }
        }

        nint getPlatformDisplay = Egl.GetProcAddress("eglGetPlatformDisplayEXT");
        if (getPlatformDisplay == 0)
            throw new RendererUnavailableException($"CPU backend: eglGetPlatformDisplayEXT is missing: {InstallHint}.");
        var get = (delegate* unmanaged<int, nint, int*, nint>)getPlatformDisplay;
        nint display = get(Egl.PlatformSurfacelessMesa, 0, null);
        if (display == 0 || Egl.Initialize(display, out _, out _) == 0)
            throw new RendererUnavailableException($"CPU backend: Mesa's surfaceless EGL platform could not be initialised (EGL error 0x{Egl.GetError():X}): {InstallHint}.");
        return display;
    }

    RendererUnavailableException Fail(string what) =>
        new($"{what} (EGL error 0x{Egl.GetError():X}, vendor '{Egl.Query(display, Egl.Vendor)}'): {InstallHint}.");

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        Egl.MakeCurrent(display, 0, 0, 0);
        Egl.DestroyContext(display, context);
        Egl.ReleaseThread();
        // The display is left initialised: EGL displays are per-process singletons and other renderers may share it.
    }
}
