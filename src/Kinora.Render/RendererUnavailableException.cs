namespace Kinora.Render;

/// <summary>EGL or OpenGL 4.5 could not be brought up; the message says what is missing.</summary>
public sealed class RendererUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
