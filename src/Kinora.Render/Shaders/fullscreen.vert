#version 450 core
// One triangle covering the screen; uv 0..1 with origin at bottom left (GL's texture convention).
out vec2 vUv;
void main()
{
    vec2 p = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2);
    vUv = p;
    gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
