#version 450 core
layout(location = 0) in vec3 aPosition;
layout(location = 2) in vec4 aModel0;
layout(location = 3) in vec4 aModel1;
layout(location = 4) in vec4 aModel2;
layout(location = 5) in vec4 aModel3;
uniform mat4 uLightViewProj;
void main()
{
    mat4 model = mat4(aModel0, aModel1, aModel2, aModel3);
    gl_Position = uLightViewProj * (model * vec4(aPosition, 1.0));
}
