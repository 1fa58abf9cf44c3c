namespace Kinora.Render;

/// <summary>Makes the renderer for a set of options.</summary>
public static class RendererFactory
{
    /// <summary>
    /// Creates an OpenGL 4.5 renderer on a headless EGL context. The context is taken for each call and released
    /// after it, so calls may come from any thread, one at a time (they are serialised). Throws
    /// RendererUnavailableException when EGL or OpenGL 4.5 cannot be had, with what to install.
    /// </summary>
    public static IRenderer Create(RenderOptions options, FrameSink sink)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        return new GlRenderer(options, sink);
    }
}
